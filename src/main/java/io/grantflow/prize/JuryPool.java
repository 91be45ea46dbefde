package io.grantflow.prize;

import java.util.List;
import java.util.Map;

import io.grantflow.identity.Groups;
import io.grantflow.identity.UserDirectory;
import io.grantflow.process.FormValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/** The people a manager may appoint to a jury: the members of the reviewers' group, as the appoint-jury form lists them. */
@Component("prizeJuryPool")
public class JuryPool {

    private final UserDirectory users;

    JuryPool(UserDirectory users) {
        this.users = users;
    }

    /** Checklist and select options, each a reviewer's name with his or her user id. */
    public JsonValue options() {
        List<Map<String, String>> options = users.membersOf(Groups.REVIEWERS).stream()
                .map(id -> Map.of("value", id, "label", users.contact(id).name() + " (" + id + ")"))
                .toList();
        return FormValues.json(options);
    }
}
