package io.grantflow.process;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantflow.identity.UserDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A Camunda Form's labels are fixed text, so the forms of managers and jurors read theirs from the task variable
 * {@value #VARIABLE}: the messages {@code tasklist.<form id>.*} as one JSON object ({@code tasklist.prize-match.answer.same}
 * is {@code wording.answer.same} in the form), in the language of the person the task is assigned to. A task waiting
 * in a group is worded in the funder's language ({@code grantflow.tasklist.language}) and worded again in the
 * claimer's own when someone claims it. Features add worded values of their own through {@link WordedFormValues}.
 * The engine's Spring event bridge calls this on every task event; forms without messages are left as they are.
 */
@Component
class TaskFormWording {

    static final String VARIABLE = "wording";
    static final String LANGUAGE = "wordingLanguage";
    static final String REWORDED = "rewordedOnClaim";
    private static final String PREFIX = "tasklist.";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\s*(\\w+)\\s*}");

    private final MessageSource messages;
    private final UserDirectory users;
    private final List<WordedFormValues> worded;
    private final Locale groupLanguage;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> keys;

    TaskFormWording(MessageSource messages, UserDirectory users, List<WordedFormValues> worded,
                    @Value("${grantflow.tasklist.language:en}") String groupLanguage) {
        this.messages = messages;
        this.users = users;
        this.worded = worded;
        this.groupLanguage = Locale.forLanguageTag(groupLanguage);
        this.keys = ResourceBundle.getBundle("i18n/messages", Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .keySet().stream().filter(k -> k.startsWith(PREFIX)).sorted().toList();
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (!TaskListener.EVENTNAME_CREATE.equals(event) && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
            return;
        }
        String form = formOf(task);
        if (form == null) {
            return;
        }
        Locale language = task.getAssignee() == null ? groupLanguage : users.languageOf(task.getAssignee());
        Object before = task.getVariableLocal(LANGUAGE);
        task.setVariableLocal(LANGUAGE, language.getLanguage());
        // Tasklist loads the task again after a claim only when this says its words changed (reword-on-claim.js)
        task.setVariableLocal(REWORDED, before != null && !before.equals(language.getLanguage()));
        ObjectNode wording = wording(form, language);
        if (!wording.isEmpty()) {
            task.setVariableLocal(VARIABLE, SpinValues.jsonValue(wording.toString()).create());
        }
        for (WordedFormValues values : worded) {
            if (values.forms().contains(form)) {
                task.setVariablesLocal(values.values(task, language));
            }
        }
    }

    /** The form's messages in that language, "a.b" as {"a": {"b": ...}}. */
    ObjectNode wording(String form, Locale language) {
        String prefix = PREFIX + form + ".";
        ObjectNode wording = json.createObjectNode();
        for (String key : keys) {
            if (key.startsWith(prefix)) {
                String[] path = key.substring(prefix.length()).split("\\.");
                ObjectNode node = wording;
                for (int i = 0; i < path.length - 1; i++) {
                    node = node.has(path[i]) ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
                }
                node.put(path[path.length - 1], messages.getMessage(key, null, language));
            }
        }
        return wording;
    }

    /** The task's form id; a form named by an expression such as ${reportForm} is read from that variable. */
    private static String formOf(DelegateTask task) {
        UserTask definition = task.getBpmnModelElementInstance();
        if (definition == null || definition.getCamundaFormRef() == null) {
            return null;
        }
        String ref = definition.getCamundaFormRef();
        Matcher variable = EXPRESSION.matcher(ref);
        if (variable.matches()) {
            Object value = task.getVariable(variable.group(1));
            return value == null ? null : value.toString();
        }
        return ref;
    }
}
