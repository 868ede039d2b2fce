package gonghui.campaign.ingestion;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of the published-report genre that the readers look for, in one place: what page chrome says, how a
 * dateline is written, the provinces a text's region can be, and the abbreviations of union names.
 */
final class ReportWords {

    private ReportWords() {}

    /** Labels that open a line of page chrome: 发布时间：… 来源：… 责任编辑：… 当前位置：… */
    static final String CHROME_LABEL = "(?:来源|信息来源|稿件来源|编辑|责任编辑|责编|编审|终审|审核|审校|校对|作者|摄影|图片|图文|供稿"
            + "|发布时间|发布日期|发布者|发布人|更新时间|内容更新时间|时间|日期|浏览|浏览次数|阅读|阅读次数|点击|点击数|访问量|分享|打印"
            + "|关闭|上一篇|下一篇|相关新闻|相关阅读|扫一扫|原标题|字号|字体|当前位置|您的位置|您现在的位置|您现在所在的位置|所在位置"
            + "|当前时间|今天是|版权所有|地址|电话|邮编|转载请注明|首页)";

    /** A label followed by what it labels, anywhere in a line without a full stop: …来源：本站 阅读次数：1896 */
    static final Pattern LABELLED =
            Pattern.compile("(?:来源|发布时间|发布日期|发布者|发布人|更新时间|点击数|阅读次数|浏览次数|访问量|责任编辑|责编|编辑|作者|时间)\\s*[：:]");

    /** Lines of the site rather than the report: navigation, copyright, image names, greetings. */
    static final Pattern SITE_LINE = Pattern.compile(
            "首页\\s*[>＞›»\\-—]|[>＞›»]\\s*\\p{IsHan}{2,8}\\s*[>＞›»]|ICP备|版权所有"
                    + "|Copyright|欢迎您|今天是|\\.(?:jpg|jpeg|png|gif)$|^\\[?图]?$|^会议现场$|现场图?$|^据《[^》]+》$|^转载|^《[^》]+》\\s*[（(][^）)]*版\\s*[）)]$");

    /** Lines that give the date the page shows a visitor, not when the report was published. */
    static final Pattern VIEWING_DATE = Pattern.compile("当前时间|今天是");

    /** A newspaper edition line such as 《 人民日报 》( 2023年10月26日 04 版): when the report first appeared. */
    static final Pattern EDITION = Pattern.compile("^《[^》]+》\\s*[（(][^）)]*版\\s*[）)]$");

    /** Words that make a short line a meeting headline rather than a section name such as 工会要闻. */
    static final Pattern MEETING_WORD = Pattern.compile("召开|举行|举办|会议|大会|全会|学习|传达|座谈|会$");

    /** How a report's dateline opens its first paragraph: 本报讯, 本报北京10月25日电, 某某网7月22日讯, bylines in brackets. */
    static final Pattern DATELINE = Pattern.compile("^(?:[\\s■●◆]*(?:"
            + "(?:本报|本网|本刊|新华社|中新社|[\\p{IsHan}]{2,8}?(?:网|报|台|社|新闻))[\\p{IsHan}]{0,8}?"
            + "(?:(?<year>\\d{4})年)?(?<month>\\d{1,2})月(?<day>\\d{1,2})日(?:电|讯)"
            + "|本报讯|本网讯|本刊讯|[\\p{IsHan}]{2,8}?网讯|本报综合消息|本报消息"
            + "|[（(](?:本报|本网|特约|记者|通讯员|实习生|见习记者|本报记者|特约记者|首席记者|全媒体记者|融媒体记者|摄影|文)[^）)]{0,40}[）)]"
            + "|实习生[^，。]{0,20}记者[^，。\\d]{2,12}(?=\\s)"
            + "|<正>"
            + ")[\\s：:]*)+");

    /** The provinces and autonomous regions whose 省总工会 a text means when it names only one of them. */
    static final List<String> PROVINCES = List.of(
            "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
            "云南", "陕西", "甘肃", "青海", "台湾");

    /** Autonomous regions as reports write them, and their full names (the federation is 广西壮族自治区总工会). */
    static final Map<String, String> AUTONOMOUS_REGIONS =
            Map.of("内蒙古", "内蒙古自治区", "广西", "广西壮族自治区", "西藏", "西藏自治区", "宁夏", "宁夏回族自治区", "新疆", "新疆维吾尔自治区");

    /** Abbreviations that name one organisation wherever they are written. */
    static final String NATIONAL_FEDERATION = "中华全国总工会";

    static final List<String> NATIONAL_FEDERATION_SHORT = List.of("全总");

    /** Names of the federation of the report's own level (市总工会 is the city's), to be read in the text's context. */
    static final List<String> LEVEL_SHORT_NAMES = List.of("省总工会", "市总工会", "区总工会", "县总工会", "省总", "市总", "区总", "县总");
}
