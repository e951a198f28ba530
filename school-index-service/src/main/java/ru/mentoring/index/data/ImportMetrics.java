package ru.mentoring.index.data;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import ru.mentoring.platform.upload.RowsRejectedException;
import ru.mentoring.platform.upload.UploadTooLargeException;
import ru.mentoring.platform.web.DomainRuleException;
import ru.mentoring.platform.web.NotFoundException;

/**
 * {@code index.imports} (tags kind, outcome = stored | rejected | too_large | failed) and
 * {@code index.values.imported} (tag kind): counted around the transaction, so that a rolled-back
 * load never counts as stored values.
 */
@Component
class ImportMetrics {

    private final MeterRegistry meters;

    ImportMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    ImportReport record(ValueKind kind, Supplier<ImportReport> load) {
        try {
            ImportReport report = load.get();
            imports(kind, "stored").increment();
            Counter.builder("index.values.imported").description("Indicator and context values stored by loads")
                    .tag("kind", kind.tag()).register(meters).increment(report.rowsStored());
            return report;
        } catch (UploadTooLargeException e) {
            imports(kind, "too_large").increment();
            throw e;
        } catch (RowsRejectedException | DomainRuleException | NotFoundException e) {
            imports(kind, "rejected").increment();
            throw e;
        } catch (RuntimeException e) {
            imports(kind, "failed").increment();
            throw e;
        }
    }

    void outcome(ValueKind kind, String outcome) {
        imports(kind, outcome).increment();
    }

    private Counter imports(ValueKind kind, String outcome) {
        return Counter.builder("index.imports").description("Loads of indicator and context values by outcome")
                .tag("kind", kind.tag()).tag("outcome", outcome).register(meters);
    }
}
