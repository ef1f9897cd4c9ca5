package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One table of bullets and one of item numbers for every rule of the splitter. Hand-written lines. */
class ItemMarksTest {

    @Test
    void shouldReadEveryBulletOfTheTableAlike() {
        for (char bullet : ItemMarks.BULLETS.toCharArray()) {
            assertThat(ItemMarks.isBulleted(bullet + "县图书馆新馆开放")).as("%s", bullet).isTrue();
            assertThat(BriefItems.isBulleted(bullet + "县图书馆新馆开放")).as("%s", bullet).isTrue();
        }
        assertThat(ItemMarks.isBulleted("县图书馆新馆开放")).isFalse();
        assertThat(ItemMarks.isBulleted("——县图书馆新馆开放")).isFalse();
    }

    @Test
    void shouldReadAnItemNumberButNoDecimal() {
        assertThat(ItemHeadings.itemNumber("2. 市政协会议开幕")).hasValue(2);
        assertThat(ItemHeadings.itemNumber("3、2024年全市经济运行平稳")).hasValue(3);
        assertThat(ItemHeadings.itemNumber("1.5%的增长来自消费")).isEmpty();
    }
}
