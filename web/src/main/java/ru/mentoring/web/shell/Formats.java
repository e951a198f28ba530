package ru.mentoring.web.shell;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and numbers as a Russian reader expects them: 02.12.2026, 0,734, 1 234. Templates call it
 * as {@code ${@fmt.number(x, 3)}}.
 */
@Component("fmt")
public class Formats {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", RU);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", RU);
    /** The district's local time, for "when was it computed". */

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public String date(OffsetDateTime at) {
        return at == null ? "—" : DATE.format(at.atZoneSameInstant(DistrictTime.ZONE));
    }

    public String dateTime(OffsetDateTime at) {
        return at == null ? "—" : DATE_TIME.format(at.atZoneSameInstant(DistrictTime.ZONE));
    }

    /** A number with a decimal comma, at most {@code digits} decimals, groups of thousands split by a space. */
    public String number(Number value, int digits) {
        if (value == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(RU);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('\u00a0');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0" + (digits > 0 ? "." + "#".repeat(digits) : ""), symbols);
        return format.format(value);
    }

    /** A quartile as a person reads it: "Q1" … "Q4", or a dash. */
    public String quartile(Integer quartile) {
        return quartile == null ? "—" : "Q" + quartile;
    }
}
