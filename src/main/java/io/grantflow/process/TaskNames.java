package io.grantflow.process;

import org.springframework.stereotype.Component;

/**
 * What people typed, shortened for the task names the processes build from it
 * ({@code name="Review: ${taskNames.text(title)}"}), so that every name fits Camunda's task name columns
 * (ACT_RU_TASK.NAME_ and ACT_HI_TASKINST.NAME_, 255 characters) with its wording, and stays readable in Tasklist.
 */
@Component("taskNames")
public class TaskNames {

    /** Room for one text in a name: the wording around it has at most {@link #MAX_WORDING_CHARS}. */
    public static final int TEXT_CHARS = 150;
    public static final int MAX_WORDING_CHARS = 80;

    /** One text in a name, such as a title. */
    public String text(Object text) {
        return text == null ? "" : Shortened.toFit(text.toString(), TEXT_CHARS);
    }

    /** One of two texts in a name, such as two people's names side by side. */
    public String half(Object text) {
        return text == null ? "" : Shortened.toFit(text.toString(), TEXT_CHARS / 2);
    }
}
