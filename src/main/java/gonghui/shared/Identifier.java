package gonghui.shared;

import java.util.function.Function;

/** What the identifier value types share: a normalised text, compared by kind and text. */
abstract class Identifier {

    private final String value;

    Identifier(String value) {
        this.value = value;
    }

    /** Returns the normalised text. */
    public String value() {
        return value;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other
                || (other != null && other.getClass() == getClass() && value.equals(((Identifier) other).value));
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Tells whether the parse function accepts the text. */
    static boolean accepts(Function<String, ? extends Identifier> parse, String raw) {
        try {
            parse.apply(raw);
            return true;
        } catch (InvalidIdentifierException ex) {
            return false;
        }
    }
}
