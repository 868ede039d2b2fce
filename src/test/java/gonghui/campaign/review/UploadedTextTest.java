package gonghui.campaign.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadedTextTest {

    @Test
    void readsUtf8WithOrWithoutByteOrderMarkAndGbk() {
        String text = "7月22日，沈阳市总工会召开党组(扩大)会议。";
        assertThat(UploadedText.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(UploadedText.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(text);
        assertThat(UploadedText.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
        String traditional = "傳達學習黨的二十屆三中全會精神";
        assertThat(UploadedText.decode(traditional.getBytes(Charset.forName("GB18030"))))
                .isEqualTo(traditional);
    }
}
