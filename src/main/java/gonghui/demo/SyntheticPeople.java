package gonghui.demo;

import gonghui.shared.Gender;
import gonghui.shared.MobileNumber;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic source of made-up people living in Liaoning, for demo data and benchmarks.
 *
 * <p>The same seed always gives the same people in the same order. The n-th person's ID number and mobile number are
 * computed from n through seeded bijections, so neither repeats within {@link #capacity()} people (about 490
 * million). Instances are not thread-safe; give each thread its own seed.
 */
public final class SyntheticPeople {

    /** A made-up person; the ID number agrees with the gender and the birth date. */
    public record Person(
            String name, ResidentIdNumber idNumber, MobileNumber mobile, Gender gender, LocalDate birthDate) {}

    /** County-level division codes in Liaoning, at least one in each of the 14 cities (from data/liaoning-divisions.csv). */
    private static final String[] REGION_CODES = {
        "210102", // 沈阳市和平区
        "210103", // 沈阳市沈河区
        "210104", // 沈阳市大东区
        "210105", // 沈阳市皇姑区
        "210106", // 沈阳市铁西区
        "210112", // 沈阳市浑南区
        "210181", // 新民市
        "210202", // 大连市中山区
        "210203", // 大连市西岗区
        "210204", // 大连市沙河口区
        "210211", // 大连市甘井子区
        "210213", // 大连市金州区
        "210281", // 瓦房店市
        "210302", // 鞍山市铁东区
        "210381", // 海城市
        "210402", // 抚顺市新抚区
        "210411", // 抚顺市顺城区
        "210502", // 本溪市平山区
        "210521", // 本溪满族自治县
        "210602", // 丹东市元宝区
        "210681", // 东港市
        "210702", // 锦州市古塔区
        "210802", // 营口市站前区
        "210804", // 营口市鲅鱼圈区
        "210902", // 阜新市海州区
        "211002", // 辽阳市白塔区
        "211103", // 盘锦市兴隆台区
        "211202", // 铁岭市银州区
        "211302", // 朝阳市双塔区
        "211402" // 葫芦岛市连山区
    };

    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1960, 1, 1);

    private static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2004, 12, 31);

    private static final long FIRST_EPOCH_DAY = FIRST_BIRTH_DATE.toEpochDay();

    private static final long DAYS = LAST_BIRTH_DATE.toEpochDay() - FIRST_EPOCH_DAY + 1;

    /** Three-digit order codes per region and birth date; odd codes are men, even codes women. */
    private static final int ORDER_CODES = 1000;

    private static final int[] MOBILE_PREFIXES = {
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166, 173, 175,
        176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 198, 199
    };

    private static final long SUBSCRIBERS = 100_000_000L;

    /**
     * Surnames, each followed by how many people bear it in units of 100,000: the hundred most common, then a few rare
     * or tricky ones (单 shan, 解 xie, 尉迟 yuchi).
     */
    private static final String SURNAME_FREQUENCIES =
            "王1015 李1009 张954 刘721 陈633 杨462 黄337 赵287 吴278 周265 徐202 孙194 马189 "
                    + "朱185 胡166 郭159 何149 林141 高141 罗140 郑122 梁120 谢103 宋99 唐95 许92 韩92 冯85 "
                    + "邓84 曹82 彭79 曾76 肖75 田68 董67 袁65 潘64 于63 蒋61 蔡61 余59 杜58 叶58 程57 苏54 "
                    + "魏54 吕53 丁51 任50 沈49 姚47 卢46 姜45 崔44 钟43 谭42 陆41 汪39 范38 金38 石37 廖36 "
                    + "贾36 夏35 韦34 付33 方33 白32 邹32 孟31 熊31 秦30 邱30 江30 尹29 薛28 闫27 段27 雷26 "
                    + "侯26 龙25 史25 陶24 黎24 贺24 顾23 毛23 郝23 龚22 邵22 万22 钱21 严21 覃21 武21 戴20 "
                    + "莫20 孔19 向19 汤19 单4 解3 翟8 仇2 查2 区1 缪3 欧阳8 尉迟1 司马1 诸葛1";

    private static final String MALE_NAME_CHARACTERS = "伟强磊军勇杰涛斌超刚平辉鹏飞鑫波浩凯健俊帆帅旭龙峰亮成志东海" + "建国栋良彬毅豪坤锋威雄鸿力昊宸铭庆祥福胜伦晖";

    private static final String FEMALE_NAME_CHARACTERS =
            "丽敏静芳娟艳娜秀英玲燕霞红婷雪琳晶颖慧莉倩丹萍洁梅琴兰凤" + "欣怡悦瑶璐彤婧蕾薇月露诗梦雅琪淑珍爱妍馨萌楠莹岚玥佩娇媛菲";

    private static final String SHARED_NAME_CHARACTERS = "文明华春晓子一天新永金立玉安家振德宏雨晨嘉瑞洋博泽轩然睿佳思" + "涵乐宇阳林宁云清心诚之若";

    /** Each surname repeated by its weight, so that drawing a surname is one array access. */
    private static final String[] SURNAME_DRAW = surnameDraw();

    private final SplittableRandom random;

    private final Permutation idNumbers;

    private final Permutation mobiles;

    private long count;

    public SyntheticPeople(long seed) {
        this.random = new SplittableRandom(seed);
        this.idNumbers = new Permutation(REGION_CODES.length * DAYS * ORDER_CODES, seed);
        this.mobiles = new Permutation(MOBILE_PREFIXES.length * SUBSCRIBERS, ~seed);
    }

    /** Returns how many people one generator can make before its ID numbers would repeat. */
    public static long capacity() {
        return REGION_CODES.length * DAYS * ORDER_CODES;
    }

    /**
     * Returns the next person.
     *
     * @throws IllegalStateException after {@link #capacity()} people
     */
    public Person next() {
        if (this.count >= capacity()) {
            throw new IllegalStateException("All " + capacity() + " distinct people have been made");
        }
        long index = this.count++;
        long id = idNumberIndex(index);
        int orderCode = (int) (id % ORDER_CODES);
        long regionAndDay = id / ORDER_CODES;
        LocalDate birthDate = LocalDate.ofEpochDay(FIRST_EPOCH_DAY + regionAndDay % DAYS);
        String regionCode = REGION_CODES[(int) (regionAndDay / DAYS)];
        Gender gender = orderCode % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        ResidentIdNumber idNumber = ResidentIdNumber.of(regionCode, birthDate, orderCode / 2, gender);
        return new Person(name(gender), idNumber, mobile(mobileIndex(index)), gender, birthDate);
    }

    long idNumberIndex(long index) {
        return this.idNumbers.apply(index);
    }

    long mobileIndex(long index) {
        return this.mobiles.apply(index);
    }

    private String name(Gender gender) {
        String surname = SURNAME_DRAW[this.random.nextInt(SURNAME_DRAW.length)];
        String characters = gender == Gender.MALE ? MALE_NAME_CHARACTERS : FEMALE_NAME_CHARACTERS;
        char first = givenNameCharacter(characters);
        if (this.random.nextInt(5) == 0) {
            return surname + first;
        }
        return surname + first + givenNameCharacter(characters);
    }

    /** Draws from the gender's characters two times in three, otherwise from the characters both genders use. */
    private char givenNameCharacter(String genderCharacters) {
        String characters = this.random.nextInt(3) < 2 ? genderCharacters : SHARED_NAME_CHARACTERS;
        return characters.charAt(this.random.nextInt(characters.length()));
    }

    private static MobileNumber mobile(long index) {
        char[] digits = new char[11];
        int prefix = MOBILE_PREFIXES[(int) (index / SUBSCRIBERS)];
        long subscriber = index % SUBSCRIBERS;
        for (int i = 2; i >= 0; i--) {
            digits[i] = (char) ('0' + prefix % 10);
            prefix /= 10;
        }
        for (int i = 10; i >= 3; i--) {
            digits[i] = (char) ('0' + subscriber % 10);
            subscriber /= 10;
        }
        return MobileNumber.parse(new String(digits));
    }

    private static String[] surnameDraw() {
        List<String> draw = new ArrayList<>();
        for (String entry : SURNAME_FREQUENCIES.split(" ")) {
            int digits = 0;
            while (!Character.isDigit(entry.charAt(digits))) {
                digits++;
            }
            String surname = entry.substring(0, digits);
            draw.addAll(Collections.nCopies(Integer.parseInt(entry.substring(digits)), surname));
        }
        return draw.toArray(String[]::new);
    }
}
