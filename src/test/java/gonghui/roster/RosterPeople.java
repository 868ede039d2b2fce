package gonghui.roster;

import gonghui.demo.SyntheticPeople;
import gonghui.shared.Gender;
import java.util.ArrayList;
import java.util.List;

/** Roster rows for tests, named after what is right or wrong with them; each call makes a new person. */
final class RosterPeople {

    static final List<String> HEADER = List.of("姓名", "身份证号", "手机号", "性别", "出生日期", "民族", "工作单位", "会员类别", "入会日期", "所属工会");

    /** The demo data's own sequence, after its members: new people that no demo member can collide with. */
    private static final SyntheticPeople PEOPLE = afterDemoMembers();

    private static final long DEMO_SEED = 20240722L;
    private static final int DEMO_MEMBERS = 3000;

    private RosterPeople() {}

    private static SyntheticPeople afterDemoMembers() {
        var people = new SyntheticPeople(DEMO_SEED);
        for (int i = 0; i < DEMO_MEMBERS; i++) {
            people.next();
        }
        return people;
    }

    static List<String> aValidRow(String union) {
        SyntheticPeople.Person person;
        synchronized (PEOPLE) {
            person = PEOPLE.next();
        }
        return new ArrayList<>(List.of(
                person.name(),
                person.idNumber().value(),
                person.mobile().value(),
                person.gender() == Gender.MALE ? "男" : "女",
                person.birthDate().toString(),
                "汉族",
                "辽宁测试有限公司",
                "职工",
                person.birthDate().plusYears(18).toString(),
                union));
    }

    static List<String> aRowWithWrongCheckDigit(String union) {
        List<String> row = aValidRow(union);
        String id = row.get(1);
        row.set(1, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        return row;
    }

    static List<String> aRowWithBadMobile(String union) {
        List<String> row = aValidRow(union);
        row.set(2, "12345");
        return row;
    }

    static List<String> aRowWithWrongGender(String union) {
        List<String> row = aValidRow(union);
        row.set(3, row.get(3).equals("男") ? "女" : "男");
        return row;
    }

    static List<String> aRowWithWrongBirthDate(String union) {
        List<String> row = aValidRow(union);
        row.set(4, "1900-01-01");
        return row;
    }

    static List<String> aRowWithUnreadableJoinDate(String union) {
        List<String> row = aValidRow(union);
        row.set(8, "去年春天");
        return row;
    }

    static List<String> aRowJoinedInTheFuture(String union) {
        List<String> row = aValidRow(union);
        row.set(8, "2999-01-01");
        return row;
    }

    static List<String> aRowWithoutName(String union) {
        List<String> row = aValidRow(union);
        row.set(0, "");
        return row;
    }

    static List<String> aRowWithUnknownCategory(String union) {
        List<String> row = aValidRow(union);
        row.set(7, "临时工");
        return row;
    }

    /** A valid person typed the way people type: full-width digits, spaces and a lower-case x. */
    static List<String> aRowTypedCarelessly(String union) {
        List<String> row;
        do {
            row = aValidRow(union);
        } while (!row.get(1).endsWith("X"));
        String id = row.get(1).toLowerCase();
        StringBuilder careless = new StringBuilder(" ");
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            careless.append(i < 6 && Character.isDigit(c) ? (char) (c - '0' + '０') : c);
            if (i == 5 || i == 13) {
                careless.append(' ');
            }
        }
        row.set(1, careless.append(' ').toString());
        return row;
    }
}
