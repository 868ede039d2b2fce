package gonghui.request;

/** The five kinds of request of the national 12351 line. */
public enum RequestType {
    /** 问题咨询 */
    CONSULTATION,
    /** 服务帮扶 */
    SERVICE_HELP,
    /** 信访投诉 */
    COMPLAINT,
    /** 法律援助 */
    LEGAL_AID,
    /** 意见建议 */
    SUGGESTION
}
