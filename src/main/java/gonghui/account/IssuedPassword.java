package gonghui.account;

/** A one-time password just issued for an account: shown once, stored only as a hash. */
public record IssuedPassword(AccountSummary account, String password) {}
