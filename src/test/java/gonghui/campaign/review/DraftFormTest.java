package gonghui.campaign.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftFormTest {

    @Test
    void theSourceIsMarkedWhereTheOpeningAndEachRequirementWereRead() {
        DraftForm draft = new DraftForm();
        draft.setSourceText("7月22日，沈阳市总工会召开会议。会议强调，要精心组织“学”。要深入广泛“宣”。");
        draft.setRequirements("要精心组织“学”\n要深入广泛“宣”\n要补充一条原文没有的");

        assertThat(draft.sourceSegments())
                .containsExactly(
                        new DraftForm.Segment("7月22日，沈阳市总工会召开会议。", "opening"),
                        new DraftForm.Segment("会议强调，", ""),
                        new DraftForm.Segment("要精心组织“学”", "requirement"),
                        new DraftForm.Segment("。", ""),
                        new DraftForm.Segment("要深入广泛“宣”", "requirement"),
                        new DraftForm.Segment("。", ""));
        assertThat(draft.requirementList()).hasSize(3);
        assertThat(new DraftForm().sourceSegments()).isEqualTo(List.of());
    }
}
