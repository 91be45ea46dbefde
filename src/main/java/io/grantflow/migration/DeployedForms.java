package io.grantflow.migration;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** The ids of the Camunda Forms a deployment holds: the "id" inside each .form file, which a task's formRef names. */
@Component
class DeployedForms {

    private final RepositoryService repository;
    private final ObjectMapper json = new ObjectMapper();

    DeployedForms(RepositoryService repository) {
        this.repository = repository;
    }

    Set<String> idsIn(String deploymentId) {
        Set<String> ids = new TreeSet<>();
        for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
            if (!resource.endsWith(".form")) {
                continue;
            }
            try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
                JsonNode id = json.readTree(in).get("id");
                if (id != null && id.isTextual()) {
                    ids.add(id.asText());
                }
            } catch (IOException e) {
                // a form the engine deployed but that is not JSON holds no id a task could name
            }
        }
        return ids;
    }
}
