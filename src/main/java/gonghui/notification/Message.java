package gonghui.notification;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * What a notification says: a message key of the bundles and its arguments, never a finished sentence, so that
 * each reader sees it in their own language.
 *
 * @param key the message key, e.g. {@code notification.task.assigned}
 * @param arguments the values of its placeholders {@code {0}}, {@code {1}} …
 */
public record Message(String key, List<Argument> arguments) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Message {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a message needs a key of at most 200 characters");
        }
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Argument... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** The arguments as stored: a JSON array of one-field objects, e.g. {@code [{"TEXT":"…"},{"DATE":"2024-07-22"}]}. */
    String argumentsJson() {
        ArrayNode array = JSON.createArrayNode();
        for (Argument argument : arguments) {
            array.addObject().put(argument.kind().name(), argument.value());
        }
        return JSON.writeValueAsString(array);
    }

    static Message fromStored(String key, String argumentsJson) {
        List<Argument> arguments = new java.util.ArrayList<>();
        for (JsonNode element : JSON.readTree(argumentsJson)) {
            var field = element.properties().iterator().next();
            arguments.add(new Argument(
                    Argument.Kind.valueOf(field.getKey()), field.getValue().asString()));
        }
        return new Message(key, arguments);
    }
}
