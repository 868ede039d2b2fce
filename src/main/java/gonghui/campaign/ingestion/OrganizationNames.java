package gonghui.campaign.ingestion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the short names a report uses for a union from what the report itself says, never by guessing: 全总 is
 * 中华全国总工会; 市总工会 is the place the paragraph starts with (【沈阳】), else the one full name in the text that
 * ends with it (丹东市总工会); 省总工会, and a provincial industry union written without its province (省机械冶金建材工会),
 * take the one province the text names (辽宁 → 辽宁省总工会); a 市总工会 whose city is only named by the paper that
 * printed it (沈阳日报) is that city's federation when exactly one such city's federation is in the union tree. When the
 * text names none, or several, the name stays as written.
 */
final class OrganizationNames {

    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:各|全|我|本|该|有关|召开|举行|所属|上级|下级)");
    /** Words that cannot be part of a place name in front of 市总工会: 会议由市总工会, 要谋划召开市总工会. */
    private static final Pattern NOT_IN_A_PLACE = Pattern.compile(
            ".*(?:召开|举行|举办|组织|由|要|替补|增补|选举|和|与|及|的|在|对|向|为|是" + "|了|将|把|被|从|到|出席|参加|主持|会议|谋划|根据|按照|同|等|共同|联合)");

    /** A local paper, broadcaster or news site named after its city: 沈阳日报, 淮安晚报. */
    private static final Pattern LOCAL_MEDIA = Pattern.compile("日报|晚报|新闻网|广播电视台|融媒体中心");

    private final String text;
    private final Optional<String> province;
    private final OrganizationDirectory directory;

    OrganizationNames(String wholeText, OrganizationDirectory directory) {
        this.text = wholeText;
        this.province = onlyProvinceNamedIn(wholeText);
        this.directory = directory;
    }

    /** The full name meant by a name as written, or empty when it is already full or the text does not say. */
    Optional<String> fullNameOf(String written, String place) {
        if (ReportWords.NATIONAL_FEDERATION_SHORT.contains(written)) {
            return Optional.of(ReportWords.NATIONAL_FEDERATION);
        }
        if (ReportWords.LEVEL_SHORT_NAMES.contains(written)) {
            String suffix = written.endsWith("工会") ? written : written + "工会";
            if (place != null) {
                return Optional.of(
                        place.endsWith(suffix.substring(0, 1)) ? place + suffix.substring(1) : place + suffix);
            }
            Optional<String> inFull = onlyFullName(suffix);
            if (inFull.isPresent()) {
                return inFull;
            }
            return suffix.startsWith("省") ? province.map(p -> federationOf(p)) : cityOfLocalMedia(suffix);
        }
        if (written.startsWith("省") && written.length() > 4 && written.endsWith("工会")) {
            return province.map(p -> regionName(p) + written.substring(1));
        }
        return Optional.empty();
    }

    /** The one full name in the text that ends with a suffix such as 市总工会, if there is exactly one. */
    private Optional<String> onlyFullName(String suffix) {
        Matcher names = Pattern.compile("([\\p{IsHan}]{2,6})" + suffix).matcher(text);
        Set<String> found = new LinkedHashSet<>();
        while (names.find()) {
            String place = NOT_IN_A_PLACE.matcher(names.group(1)).replaceFirst("");
            String name = place + suffix;
            if (place.length() >= 2 && !NOT_A_NAME.matcher(name).find()) {
                found.add(name);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The one federation in the tree named by a local paper's city and the short name: 沈阳日报 + 市总工会. */
    private Optional<String> cityOfLocalMedia(String suffix) {
        Set<String> inTree = new LinkedHashSet<>();
        Matcher media = LOCAL_MEDIA.matcher(text);
        while (media.find()) {
            for (int length = 2; length <= 3 && media.start() - length >= 0; length++) {
                String place = text.substring(media.start() - length, media.start());
                if (place.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && directory.find(place + suffix).isPresent()) {
                    inTree.add(place + suffix);
                }
            }
        }
        return inTree.size() == 1 ? Optional.of(inTree.iterator().next()) : Optional.empty();
    }

    private static Optional<String> onlyProvinceNamedIn(String text) {
        Set<String> named = new LinkedHashSet<>();
        for (Iterable<String> names : List.of(ReportWords.PROVINCES, ReportWords.AUTONOMOUS_REGIONS.keySet())) {
            names.forEach(name -> {
                if (text.contains(name)) {
                    named.add(name);
                }
            });
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    private static String federationOf(String province) {
        return regionName(province) + "总工会";
    }

    /** 辽宁 → 辽宁省, 广西 → 广西壮族自治区. */
    private static String regionName(String province) {
        return ReportWords.AUTONOMOUS_REGIONS.getOrDefault(province, province + "省");
    }
}
