package io.grantflow.process;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Values a feature shows in a task's form that are worded, such as a table's column titles or reasons in words:
 * {@link TaskFormWording} asks for them in the language of the person who reads the task, each time it is created or
 * changes hands, and sets them as variables of the task itself.
 */
public interface WordedFormValues {

    /** The ids of the Camunda Forms these values are for. */
    Set<String> forms();

    /** The task's variables to set, worded in that language. */
    Map<String, Object> values(DelegateTask task, Locale language);
}
