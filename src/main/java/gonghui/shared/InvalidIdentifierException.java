package gonghui.shared;

import java.util.Objects;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Thrown when text cannot be read as an identifier; tells which kind of identifier and why — in Chinese as its
 * message, and in the reader's language as a {@link MessageSourceResolvable} (key {@code identifier.invalid} with the
 * kind and the reason as keys {@code InvalidIdentifierException.Kind.*} and {@code InvalidIdentifierException.Reason.*}).
 *
 * <p>The message never contains the rejected text, because that text is usually personal data.
 */
public final class InvalidIdentifierException extends IllegalArgumentException implements MessageSourceResolvable {

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    private final Reason reason;

    public InvalidIdentifierException(Kind kind, Reason reason) {
        super(Objects.requireNonNull(kind, "kind").description()
                + Objects.requireNonNull(reason, "reason").description());
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return this.kind;
    }

    public Reason reason() {
        return this.reason;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"identifier.invalid"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {
            new DefaultMessageSourceResolvable("InvalidIdentifierException.Kind." + kind.name()),
            new DefaultMessageSourceResolvable("InvalidIdentifierException.Reason." + reason.name())
        };
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }

    /** The kinds of identifier that can be rejected. */
    public enum Kind {
        RESIDENT_ID_NUMBER("身份证号"),
        CREDIT_CODE("统一社会信用代码"),
        MOBILE_NUMBER("手机号码");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** Returns the Chinese name of this kind, e.g. 身份证号. */
        public String description() {
            return this.description;
        }
    }

    /** Why an identifier was rejected. */
    public enum Reason {
        EMPTY("不能为空"),
        WRONG_LENGTH("位数不对"),
        ILLEGAL_CHARACTER("含有非法字符"),
        UNKNOWN_REGION("地区码无效"),
        INVALID_BIRTH_DATE("出生日期无效"),
        BIRTH_DATE_OUT_OF_RANGE("出生日期超出范围"),
        UNKNOWN_PREFIX("号段无效"),
        CHECKSUM_MISMATCH("校验码错误");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        /** Returns the Chinese description of this reason, e.g. 校验码错误. */
        public String description() {
            return this.description;
        }
    }
}
