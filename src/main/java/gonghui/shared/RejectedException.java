package gonghui.shared;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A request that breaks a business rule. It names the field and carries a message key with its arguments, which
 * the page or the API renders in the reader's language (see {@link Texts}).
 */
public class RejectedException extends RuntimeException implements MessageSourceResolvable {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    /**
     * @param field the form or API field at fault
     * @param code the message key (a text that is no key is shown as it is)
     * @param arguments the key's arguments
     */
    public RejectedException(String field, String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return code;
    }
}
