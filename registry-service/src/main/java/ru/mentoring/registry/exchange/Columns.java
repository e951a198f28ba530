package ru.mentoring.registry.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.mentoring.registry.bank.DifficultyKind;
import ru.mentoring.registry.participant.ParticipantKind;

/**
 * The column layout of the coordinator's spreadsheets, with the names a file may use instead
 * (matched without case; a trailing «*» is ignored). The first name is the one we write.
 */
final class Columns {

    static final List<String> SCHOOL = List.of("Код ОО", "Код школы", "Код образовательной организации");
    static final List<String> SCHOOL_NAME = List.of("ОО", "Наименование ОО", "Образовательная организация");
    static final List<String> KEY = List.of("Табельный номер/ключ", "Табельный номер", "Ключ", "Ключ участника");
    static final List<String> LAST = List.of("Фамилия");
    static final List<String> FIRST = List.of("Имя");
    static final List<String> MIDDLE = List.of("Отчество");
    static final List<String> KIND = List.of("Категория участника", "Участник", "Роль");
    static final List<String> GRADE = List.of("Класс");
    static final List<String> SUBJECTS = List.of("Предмет", "Предметы", "Преподаваемые предметы");
    static final List<String> EXPERIENCE = List.of("Стаж", "Педагогический стаж", "Стаж (лет)", "Стаж, лет");
    static final List<String> CATEGORY = List.of("Категория", "Квалификационная категория");
    static final List<String> YOUNG = List.of("Молодой специалист");
    static final List<String> TOPICS = List.of("Темы наставничества", "Темы", "Тема");
    static final List<String> DIFFICULTY_KIND = List.of("Вид затруднения");
    static final List<String> DIFFICULTY_SUBJECT = List.of("Предмет затруднения");
    static final List<String> DIFFICULTY = List.of("Затруднение", "Запрос", "Профессиональное затруднение");
    static final List<String> CONSENT = List.of("Согласие");
    static final List<String> ACTIVE_PAIRS = List.of("Активных пар");
    static final List<String> STATUS = List.of("Статус");

    private Columns() {
    }

    static String name(List<String> column) {
        return column.get(0);
    }

    private static final Map<String, ParticipantKind> KINDS = Map.ofEntries(
            Map.entry("педагог", ParticipantKind.TEACHER), Map.entry("учитель", ParticipantKind.TEACHER),
            Map.entry("педагогический работник", ParticipantKind.TEACHER), Map.entry("teacher", ParticipantKind.TEACHER),
            Map.entry("обучающийся", ParticipantKind.STUDENT), Map.entry("ученик", ParticipantKind.STUDENT),
            Map.entry("учащийся", ParticipantKind.STUDENT), Map.entry("student", ParticipantKind.STUDENT),
            Map.entry("родитель", ParticipantKind.PARENT), Map.entry("parent", ParticipantKind.PARENT),
            Map.entry("представитель организации-партнера", ParticipantKind.PARTNER),
            Map.entry("партнер", ParticipantKind.PARTNER), Map.entry("работодатель", ParticipantKind.PARTNER),
            Map.entry("студент", ParticipantKind.PARTNER), Map.entry("partner", ParticipantKind.PARTNER));

    /** null when the text names no kind. */
    static ParticipantKind kind(String text) {
        return KINDS.get(text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }

    static DifficultyKind difficulty(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("предмет") || t.equals("subject")) {
            return DifficultyKind.SUBJECT;
        }
        if (t.startsWith("метод") || t.equals("methodical")) {
            return DifficultyKind.METHODICAL;
        }
        return null;
    }

    /** да/нет in the forms a spreadsheet holds them; null when it is neither. */
    static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "да", "1", "true", "yes", "+", "истина" -> Boolean.TRUE;
            case "нет", "0", "false", "no", "-", "ложь" -> Boolean.FALSE;
            default -> null;
        };
    }

    static String yesNo(boolean value) {
        return value ? "да" : "нет";
    }
}
