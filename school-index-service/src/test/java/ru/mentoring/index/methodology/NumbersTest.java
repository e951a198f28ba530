package ru.mentoring.index.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numbersAreShownWithFourDecimalsAndADecimalComma() {
        assertThat(Numbers.fmt(0)).isEqualTo("0,0000");
        assertThat(Numbers.fmt(0.175)).isEqualTo("0,1750");
        assertThat(Numbers.fmt(1.0 / 3)).isEqualTo("0,3333");
        assertThat(Numbers.fmt(2.0 / 3)).isEqualTo("0,6667");
        assertThat(Numbers.fmt(0.00005)).isEqualTo("0,0001");
        assertThat(Numbers.fmt(0.00004)).isEqualTo("0,0000");
        assertThat(Numbers.fmt(12.5)).isEqualTo("12,5000");
        assertThat(Numbers.fmt(-1.30941)).isEqualTo("-1,3094");
        assertThat(Numbers.fmt(-0.00001)).isEqualTo("0,0000");
        assertThat(Numbers.fmt(0.99999)).isEqualTo("1,0000");
    }

    @Test
    void comparisonsIgnoreBinaryRoundingBelowTenDecimals() {
        assertThat(0.6 / 0.4).isLessThan(1.5);
        assertThat(Numbers.ge(0.6 / 0.4, 1.5)).isTrue();
        assertThat(Numbers.le(0.1 + 0.2, 0.3)).isTrue();
        assertThat(Numbers.lt(0.3, 0.3000000001)).isTrue();
        assertThat(Numbers.gt(0.0100000001, 0.01)).isTrue();
        assertThat(Numbers.gt(0.01000000000001, 0.01)).isFalse();
    }
}
