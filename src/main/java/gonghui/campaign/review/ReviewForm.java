package gonghui.campaign.review;

import java.util.ArrayList;
import java.util.List;

/** The whole review page: the directive the meetings relay, and each draft. */
public class ReviewForm {

    private Long directiveId;
    private List<DraftForm> drafts = new ArrayList<>();

    public Long getDirectiveId() {
        return directiveId;
    }

    public void setDirectiveId(Long directiveId) {
        this.directiveId = directiveId;
    }

    public List<DraftForm> getDrafts() {
        return drafts;
    }

    public void setDrafts(List<DraftForm> drafts) {
        this.drafts = drafts;
    }
}
