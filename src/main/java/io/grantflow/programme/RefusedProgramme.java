package io.grantflow.programme;

/** A programme folder that was not started, with the file at fault and the fault. */
public record RefusedProgramme(String folder, String location, String file, String fault) {
}
