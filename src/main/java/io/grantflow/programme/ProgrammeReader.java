package io.grantflow.programme;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.core.io.Resource;

/**
 * Reads a programme folder and checks it before anything is deployed: the settings file is well formed and typed,
 * every default lies in its range, the processes and the decision table it names are in the folder (or among the
 * shared processes), and every form a process names exists. A fault names the file and what is wrong.
 */
class ProgrammeReader {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
    private static final Pattern CONTACT = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
    /** The longest retention a programme may set: a case is not kept for more than a century. */
    static final int MAX_RETENTION_YEARS = 100;
    private static final Set<String> FORM_PARTS = Set.of(ProgrammeDefinition.PHD_DATE, ProgrammeDefinition.PROJECT_YEARS);

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    private final ObjectMapper json = new ObjectMapper();

    /** The shared processes' keys and the shared forms' ids, which any programme may name. */
    record Shared(Set<String> processKeys, Set<String> formIds) {
    }

    /** What the settings file holds, before it is checked. */
    record SettingsFile(String id, Text name, Text description, ProgrammeKind kind, String applicationProcess,
                        String callProcess, String eligibility, Text committee, List<String> formParts,
                        Map<String, Text> reasons, LinkedHashMap<String, Setting> settings, List<Criterion> criteria,
                        Text guidance, String contact, JsonNode retentionYears) {
    }

    ProgrammeDefinition read(ProgrammeFiles files, Shared shared) {
        SettingsFile file = parse(files);
        String at = files.settingsPath();
        if (file.id() == null || !ID.matcher(file.id()).matches()) {
            throw new ProgrammeFault(at, "id must be 2 to 20 capital letters, digits or _, starting with a letter (e.g. JOINT_LAB)");
        }
        require(at, file.name() != null && present(file.name().en()), "name.en is required");
        require(at, file.kind() != null, "kind is required: grant or prize");
        List<String> parts = file.formParts() == null ? List.of() : List.copyOf(file.formParts());
        for (String part : parts) {
            require(at, FORM_PARTS.contains(part), "formParts: unknown part '" + part + "' (known: " + FORM_PARTS + ")");
        }
        Map<String, Setting> settings = settings(at, file.settings());
        Map<String, Text> reasons = file.reasons() == null ? Map.of() : Map.copyOf(file.reasons());
        reasons.forEach((code, text) -> require(at, text != null && present(text.en()) && present(text.fr()),
                "reasons: " + code + " needs its text in English and French"));
        List<Criterion> criteria = criteria(at, file.criteria());
        require(at, file.contact() == null || CONTACT.matcher(file.contact()).matches(),
                "contact must be an email address, such as grants@funder.example");

        int retentionYears = retentionYears(at, file.retentionYears());

        Set<String> processKeys = new HashSet<>();
        Set<String> formRefs = new HashSet<>();
        for (Resource process : files.processes()) {
            String path = files.path("bpmn", process);
            inspect(path, process, processKeys, formRefs);
            historyWithinRetention(path, process, retentionYears);
        }
        require(at, present(file.applicationProcess()), "applicationProcess is required");
        require(at, processKeys.contains(file.applicationProcess()), "applicationProcess '" + file.applicationProcess()
                + "' is not a process of bpmn/" + files.folder() + "/ (found: " + processKeys + ")");
        if (present(file.callProcess())) {
            require(at, processKeys.contains(file.callProcess()) || shared.processKeys().contains(file.callProcess()),
                    "callProcess '" + file.callProcess() + "' is neither a process of the folder nor a shared process");
        }
        if (present(file.eligibility())) {
            Set<String> decisionKeys = decisions(files);
            require(at, decisionKeys.contains(file.eligibility()), "eligibility '" + file.eligibility()
                    + "' is not a decision of bpmn/" + files.folder() + "/ (found: " + decisionKeys + ")");
        }
        Set<String> formIds = new HashSet<>(shared.formIds());
        for (Resource form : files.forms()) {
            formIds.add(formId(files.path("forms", form), form));
        }
        for (String ref : formRefs) {
            require(at, formIds.contains(ref), "a process names the form '" + ref + "', which is neither in forms/"
                    + files.folder() + "/ nor a shared form");
        }
        return new ProgrammeDefinition(file.id(), files.folder(), file.name(), file.description(), file.kind(),
                file.applicationProcess(), present(file.callProcess()) ? file.callProcess() : null,
                present(file.eligibility()) ? file.eligibility() : null,
                file.committee() == null ? new Text("Committee", "Comité") : file.committee(), parts, reasons, settings,
                criteria, file.guidance(), file.contact(), retentionYears);
    }

    /** A whole number of years from 1 to {@value #MAX_RETENTION_YEARS}, written as a number, never guessed from text. */
    private static int retentionYears(String at, JsonNode value) {
        String years = "a whole number of years from 1 to " + MAX_RETENTION_YEARS + ", how long a case is kept once it has ended";
        require(at, value != null && !value.isNull(), "retentionYears is required: " + years);
        require(at, value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 1
                && value.intValue() <= MAX_RETENTION_YEARS, "retentionYears must be " + years + " (not " + value + ")");
        return value.intValue();
    }

    /**
     * The engine must not keep a case's history longer than the product keeps its rows: each process of the folder
     * has a historyTimeToLive (days) of at most retentionYears × 365.
     */
    private static void historyWithinRetention(String path, Resource file, int retentionYears) {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(ProgrammeFiles.read(file)));
        for (Process process : model.getModelElementsByType(Process.class)) {
            String ttl = process.getCamundaHistoryTimeToLiveString();
            if (ttl != null && ttl.matches("\\d{1,9}")) {
                require(path, Integer.parseInt(ttl) <= retentionYears * 365, "process " + process.getId()
                        + ": historyTimeToLive " + ttl + " days outlives the programme's retentionYears " + retentionYears
                        + " (at most " + retentionYears * 365 + " days)");
            }
        }
    }

    private SettingsFile parse(ProgrammeFiles files) {
        String at = files.settingsPath();
        try {
            SettingsFile file = yaml.readValue(ProgrammeFiles.read(files.settings()), SettingsFile.class);
            require(at, file != null, "the file is empty");
            return file;
        } catch (UnrecognizedPropertyException e) {
            throw new ProgrammeFault(at, "unknown key '" + e.getPropertyName() + "' at line " + e.getLocation().getLineNr());
        } catch (JsonMappingException e) {
            // A value of the wrong kind: name the key it sits under, not the Java type it failed to become.
            String key = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new ProgrammeFault(at, (key.isEmpty() ? "the file" : key) + " has a value of the wrong kind" + line(e));
        } catch (JsonProcessingException e) {
            throw new ProgrammeFault(at, e.getOriginalMessage() + line(e));
        } catch (java.io.IOException e) {
            throw new ProgrammeFault(at, "cannot be read: " + e.getMessage());
        }
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
    }

    private static Map<String, Setting> settings(String at, LinkedHashMap<String, Setting> declared) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        if (declared == null) {
            return settings;
        }
        declared.forEach((name, s) -> {
            String of = "setting " + name + ": ";
            require(at, s != null && s.type() != null, of + "type is required: integer, amount or boolean");
            require(at, s.label() != null && present(s.label().en()), of + "label.en is required");
            require(at, s.defaultValue() != null, of + "default is required");
            Setting named = s.named(name);
            String problem = SettingValues.problem(named, SettingValues.fromYaml(named.defaultValue()));
            require(at, problem == null, of + "the default " + named.defaultValue() + " " + problem);
            settings.put(name, new Setting(name, s.type(), SettingValues.fromYaml(s.defaultValue()), s.min(), s.max(),
                    s.below(), s.atMost(), s.label(), s.help(), s.applicants()));
        });
        settings.values().forEach(s -> {
            for (String other : new String[] {s.below(), s.atMost()}) {
                require(at, other == null || settings.containsKey(other) && settings.get(other).type() != SettingType.BOOLEAN,
                        "setting " + s.name() + ": '" + other + "' is not a numeric setting of the programme");
            }
        });
        return settings;
    }

    private static List<Criterion> criteria(String at, List<Criterion> declared) {
        if (declared == null) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        for (Criterion c : declared) {
            String of = "criterion " + (c == null ? "" : c.id()) + ": ";
            require(at, c != null && present(c.id()) && ids.add(c.id()), "each criterion needs an id of its own");
            require(at, c.name() != null && present(c.name().en()), of + "name.en is required");
            require(at, c.weight() != null && c.weight().signum() > 0, of + "weight must be more than 0");
            require(at, c.levels() != null && c.levels().size() >= 2, of + "levels: give at least two, each with what it means");
            if (c.threshold() != null) {
                int lowest = c.levels().keySet().stream().min(Integer::compare).orElseThrow();
                int highest = c.levels().keySet().stream().max(Integer::compare).orElseThrow();
                require(at, c.threshold().compareTo(BigDecimal.valueOf(lowest)) >= 0
                        && c.threshold().compareTo(BigDecimal.valueOf(highest)) <= 0,
                        of + "threshold must lie between the lowest and the highest level");
            }
        }
        return List.copyOf(declared);
    }

    private static void inspect(String path, Resource file, Set<String> processKeys, Set<String> formRefs) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(ProgrammeFiles.read(file)));
        } catch (RuntimeException e) {
            throw new ProgrammeFault(path, "is not a valid BPMN file: " + rootMessage(e));
        }
        model.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId()));
        model.getModelElementsByType(UserTask.class).forEach(t -> addRef(formRefs, t.getCamundaFormRef()));
        model.getModelElementsByType(StartEvent.class).forEach(s -> addRef(formRefs, s.getCamundaFormRef()));
    }

    private static void addRef(Set<String> formRefs, String ref) {
        if (ref != null && !ref.contains("{")) {
            formRefs.add(ref);
        }
    }

    private static Set<String> decisions(ProgrammeFiles files) {
        Set<String> keys = new HashSet<>();
        for (Resource file : files.decisions()) {
            try {
                Dmn.readModelFromStream(new ByteArrayInputStream(ProgrammeFiles.read(file)))
                        .getModelElementsByType(Decision.class).forEach(d -> keys.add(d.getId()));
            } catch (RuntimeException e) {
                throw new ProgrammeFault(files.path("bpmn", file), "is not a valid DMN file: " + rootMessage(e));
            }
        }
        return keys;
    }

    String formId(String path, Resource form) {
        try {
            JsonNode id = json.readTree(ProgrammeFiles.read(form)).path("id");
            require(path, id.isTextual() && !id.asText().isBlank(), "the form has no id");
            return id.asText();
        } catch (java.io.IOException e) {
            throw new ProgrammeFault(path, "is not a valid form (JSON): " + e.getMessage());
        }
    }

    static Set<String> processKeys(String path, Resource file) {
        Set<String> keys = new HashSet<>();
        inspect(path, file, keys, new HashSet<>());
        return keys;
    }

    private static void require(String file, boolean condition, String fault) {
        if (!condition) {
            throw new ProgrammeFault(file, fault);
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
