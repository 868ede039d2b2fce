package gonghui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinTest {

    @ParameterizedTest
    @CsvSource({
        "张三,     zs",
        "单田芳,   stf",
        "曾国藩,   zgf",
        "解缙,     xj",
        "尉迟恭,   ycg",
        "仇英,     qy",
        "区永,     oy",
        "查良镛,   zly",
        "朴槿惠,   pjh",
        "盖聂,     gn",
        "乐毅,     yy",
        "覃为,     qw",
        "翟志刚,   zzg",
        "缪青,     mq",
        "种师道,   csd",
        "繁钦,     pq",
        "秘书,     bs",
        "万俟卨,   mqx",
        "长孙无忌, zswj",
        "令狐冲,   lhc",
        "欧阳修,   oyx",
        "司马光,   smg",
        "诸葛亮,   zgl",
        "上官婉儿, sgwe",
        "澹台灭明, ttmm",
        "吕布,     lb",
        "迪丽热巴·迪力木拉提, dlrbdlmlt",
        "'  王 五 ', ww",
        "张A3,     za3",
        "李ＡＢ,   lab"
    })
    void readsInitials(String name, String initials) {
        assertThat(Pinyin.initials(name)).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource({
        "张三,   zhangsan",
        "单田芳, shantianfang",
        "曾国藩, zengguofan",
        "尉迟恭, yuchigong",
        "尉缭,   weiliao",
        "尉迟,   weichi",
        "吕布,   lvbu",
        "迪丽热巴·迪力木拉提, dilirebadilimulati",
        "'',     ''"
    })
    void readsFullPinyin(String name, String pinyin) {
        assertThat(Pinyin.full(name)).isEqualTo(pinyin);
    }

    @Test
    void sortsByPinyin() {
        List<String> names = new ArrayList<>(List.of("张三", "李四", "王五", "安琪"));

        names.sort(Pinyin.byPinyin());

        assertThat(names).containsExactly("安琪", "李四", "王五", "张三");
    }

    @Test
    void sortsSyllableBySyllableAndSurnamesByTheirReading() {
        List<String> names = new ArrayList<>(List.of("林一", "李四", "单田芳", "曾国藩", "崔健", "Alice", "李四"));

        names.sort(Pinyin.byPinyin());

        // li < lin; 单 reads shan, not dan; 曾 reads zeng, not ceng
        assertThat(names).containsExactly("Alice", "崔健", "李四", "李四", "林一", "单田芳", "曾国藩");
    }

    @Test
    void ordersNamesThatReadTheSameByTheirCharacters() {
        assertThat(Pinyin.byPinyin().compare("张三", "章三")).isNotZero();
        assertThat(Pinyin.byPinyin().compare("张三", "张三")).isZero();
    }

    @Test
    void givesTheSameAnswersFromManyThreads() {
        List<String> names = List.of("单田芳", "曾国藩", "尉迟恭", "张三", "迪丽热巴·迪力木拉提");
        var answers = ConcurrentHashMap.<String>newKeySet();

        IntStream.range(0, 10_000).parallel().forEach(i -> answers.add(Pinyin.initials(names.get(i % names.size()))));

        assertThat(answers).containsExactlyInAnyOrder("stf", "zgf", "ycg", "zs", "dlrbdlmlt");
    }
}
