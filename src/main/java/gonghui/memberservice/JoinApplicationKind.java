package gonghui.memberservice;

/** 入会申请 for a new member, 会籍接转 for a member who changed jobs. */
public enum JoinApplicationKind {
    JOIN,
    TRANSFER
}
