package ru.mentoring.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo district: Миллеровский район of seed 004, its 14 schools with low results named there and
 * eight more schools of the district, a few teachers each. The eight extra schools and all people
 * are invented for the demo.
 */
public final class DemoDistrict {

    public static final String MUNICIPALITY = "millerovo";
    public static final String MUNICIPALITY_NAME = "Миллеровский район";
    public static final String PASSWORD = "demo";
    /** The region analyst of the demo realm: loads and classifies the index cohort. */
    public static final String REGION_LOGIN = "region";
    /** The school of the demo's own accounts: its in-school pair (order № 15) has a mentor and a mentee who take part themselves. */
    public static final String OWN_ACCOUNTS_SCHOOL = "mil-sosh-4";
    /** The mentor of that pair in their own account (demo password: demo only; a real one is invited by e-mail). */
    public static final String MENTOR_LOGIN = "mentor-mil-sosh-4";
    /** The mentee of that pair in their own account. */
    public static final String MENTEE_LOGIN = "mentee-mil-sosh-4";

    /** kind: SOSH, OOSH, GYMNASIUM, LYCEUM, ADVANCED_STUDY, DOU */
    public record DemoSchool(String code, String fullName, String shortName, String kind, boolean advancedLevel, boolean rural) {

        public String adminLogin() {
            return "admin-" + code;
        }
    }

    public record DemoTeacher(String key, String lastName, String firstName, String middleName, String subjects, int experienceYears,
            String category) {
    }

    public static final List<DemoSchool> SCHOOLS = List.of(
            school("mil-sosh-2", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа №2", "МБОУ СОШ №2", "SOSH", false, false),
            school("mil-sosh-4", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа №4", "МБОУ СОШ №4", "SOSH", false, false),
            school("mil-sosh-5", "Муниципальное общеобразовательное учреждение средняя общеобразовательная школа № 5", "МОУ СОШ № 5", "SOSH", false, false),
            school("mil-sosh-8", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа №8", "МБОУ СОШ №8", "SOSH", false, false),
            school("mil-voloshinskaya", "Муниципальное бюджетное общеобразовательное учреждение Волошинская средняя общеобразовательная школа", "МБОУ Волошинская СОШ", "SOSH", false, true),
            school("mil-krivorozhskaya", "Муниципальное бюджетное общеобразовательное учреждение Криворожская средняя общеобразовательная школа", "МБОУ Криворожская СОШ", "SOSH", false, true),
            school("mil-nagolnenskaya", "Муниципальное бюджетное общеобразовательное учреждение Нагольненская средняя общеобразовательная школа", "МБОУ Нагольненская СОШ", "SOSH", false, true),
            school("mil-nizhne-olkhovskaya", "Муниципальное бюджетное общеобразовательное учреждение Нижне-Ольховская средняя общеобразовательная школа", "МБОУ Нижне-Ольховская СОШ", "SOSH", false, true),
            school("mil-pervomayskaya", "Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа", "МБОУ Первомайская СОШ", "SOSH", false, true),
            school("mil-sulinovskaya", "Муниципальное бюджетное общеобразовательное учреждение Сулиновская средняя общеобразовательная школа", "МБОУ Сулиновская СОШ", "SOSH", false, true),
            school("mil-turoverovskaya", "Муниципальное бюджетное общеобразовательное учреждение Туроверовская основная общеобразовательная школа", "МБОУ Туроверовская ООШ", "OOSH", false, true),
            school("mil-rogalikovskaya", "Муниципальное бюджетное общеобразовательное учреждение Рогаликовская основная общеобразовательная школа", "МБОУ Рогаликовская ООШ", "OOSH", false, true),
            school("mil-kurskaya", "Муниципальное бюджетное общеобразовательное учреждение Курская основная общеобразовательная школа", "МБОУ Курская ООШ", "OOSH", false, true),
            school("mil-ternovskaya-2", "Муниципальное бюджетное общеобразовательное учреждение Терновская основная общеобразовательная школа № 2", "МБОУ Терновская ООШ № 2", "OOSH", false, true),
            // not named in the seed: invented for the demo, so that the district has effective schools too
            school("mil-gymnasium-1", "Муниципальное бюджетное общеобразовательное учреждение гимназия №1", "МБОУ гимназия №1", "GYMNASIUM", true, false),
            school("mil-lyceum-7", "Муниципальное бюджетное общеобразовательное учреждение лицей №7", "МБОУ лицей №7", "LYCEUM", true, false),
            school("mil-sosh-1", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа №1", "МБОУ СОШ №1", "SOSH", false, false),
            school("mil-sosh-3", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа №3", "МБОУ СОШ №3", "SOSH", false, false),
            school("mil-sosh-6-advanced", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа №6 с углублённым изучением отдельных предметов", "МБОУ СОШ №6 с УИОП", "ADVANCED_STUDY", true, false),
            school("mil-degtevskaya", "Муниципальное бюджетное общеобразовательное учреждение Дегтевская средняя общеобразовательная школа", "МБОУ Дегтевская СОШ", "SOSH", false, true),
            school("mil-malchevskaya", "Муниципальное бюджетное общеобразовательное учреждение Мальчевская средняя общеобразовательная школа", "МБОУ Мальчевская СОШ", "SOSH", false, true),
            school("mil-verkhnemakeevskaya", "Муниципальное бюджетное общеобразовательное учреждение Верхнемакеевская средняя общеобразовательная школа", "МБОУ Верхнемакеевская СОШ", "SOSH", false, true));

    private static final String[][] NAMES = {
            {"Иванова", "Мария", "Петровна"}, {"Смирнов", "Алексей", "Иванович"}, {"Кузнецова", "Ольга", "Николаевна"},
            {"Попова", "Елена", "Сергеевна"}, {"Васильев", "Дмитрий", "Андреевич"}, {"Петрова", "Анна", "Викторовна"},
            {"Соколова", "Татьяна", "Михайловна"}, {"Михайлов", "Сергей", "Павлович"}, {"Новикова", "Наталья", "Александровна"},
            {"Фёдорова", "Ирина", "Владимировна"}, {"Морозов", "Андрей", "Геннадьевич"}, {"Волкова", "Светлана", "Юрьевна"},
            {"Алексеева", "Людмила", "Григорьевна"}, {"Лебедев", "Виктор", "Степанович"}, {"Семёнова", "Юлия", "Олеговна"},
            {"Егорова", "Галина", "Ивановна"}, {"Павлов", "Николай", "Романович"}, {"Козлова", "Валентина", "Петровна"}};
    private static final String[] SUBJECTS = {"математика", "русский язык", "физика", "химия", "биология", "история",
            "английский язык", "информатика", "начальные классы", "литература", "география", "обществознание"};
    private static final String[] CATEGORIES = {"высшая", "первая", "соответствие занимаемой должности", "без категории"};

    private DemoDistrict() {
    }

    private static DemoSchool school(String code, String fullName, String shortName, String kind, boolean advanced, boolean rural) {
        return new DemoSchool(code, fullName, shortName, kind, advanced, rural);
    }

    /** Four to six teachers per school, always the same ones, among them young specialists. */
    public static List<DemoTeacher> teachersOf(DemoSchool school) {
        int index = SCHOOLS.indexOf(school);
        int count = 4 + index % 3;
        List<DemoTeacher> teachers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] name = NAMES[(index * 5 + i * 7) % NAMES.length];
            int experience = (i == 0) ? 1 + index % 3 : 4 + (index * 3 + i * 11) % 30;
            teachers.add(new DemoTeacher("T-%03d".formatted(i + 1), name[0], name[1], name[2],
                    SUBJECTS[(index + i * 5) % SUBJECTS.length], experience,
                    experience <= 3 ? "без категории" : CATEGORIES[(index + i) % 3]));
        }
        return teachers;
    }
}
