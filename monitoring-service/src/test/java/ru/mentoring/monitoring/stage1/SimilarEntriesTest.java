package ru.mentoring.monitoring.stage1;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.mentoring.monitoring.stage1.SimilarEntries.Entry;
import ru.mentoring.monitoring.stage1.SimilarEntries.Group;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarEntriesTest {

    @Test
    void theSameWordsInAnotherCaseOrOrderFormOneGroupCountingEachSchoolOnce() {
        List<Group> groups = SimilarEntries.group(List.of(
                new Entry("s-1", "Высокая мотивация наставников"),
                new Entry("s-2", "высокая мотивация наставников!"),
                new Entry("s-3", "Мотивация наставников высокая"),
                new Entry("s-3", "Высокая мотивация наставников"),
                new Entry("s-2", "Нехватка времени у педагогов")));
        assertThat(groups).hasSize(2);
        Group first = groups.getFirst();
        assertThat(first.count()).isEqualTo(3);
        assertThat(first.schools()).containsExactly("s-1", "s-2", "s-3");
        assertThat(first.text()).isEqualTo("Высокая мотивация наставников");
        assertThat(first.variants()).hasSize(3);
        assertThat(groups.get(1).text()).isEqualTo("Нехватка времени у педагогов");
        assertThat(groups.get(1).count()).isEqualTo(1);
    }

    @Test
    void anotherEndingOfTheSameWordsIsSimilarButADifferentTopicIsNot() {
        List<Group> groups = SimilarEntries.group(List.of(
                new Entry("a", "Недостаток времени у молодых педагогов"),
                new Entry("b", "Недостаточно времени молодых педагогов"),
                new Entry("c", "Слабая материально-техническая база")));
        assertThat(groups).extracting(Group::count).containsExactly(2, 1);
        assertThat(groups.getFirst().schools()).containsExactly("a", "b");
    }

    @Test
    void normalisingIgnoresCaseYoAndPunctuation() {
        assertThat(SimilarEntries.normalise("  Ещё  раз: ЁЛКА, ёж!  ")).isEqualTo("еще раз елка еж");
        assertThat(SimilarEntries.stems("поддержка наставников и кураторов")).containsExactly("курат", "наста", "подде");
        assertThat(SimilarEntries.group(List.of(new Entry("a", " "), new Entry("b", "")))).isEmpty();
    }
}
