package io.grantflow.programme;

/** Why a programme's files cannot run: the file at fault and what is wrong with it, in words an analyst can act on. */
public class ProgrammeFault extends RuntimeException {

    private final String file;

    ProgrammeFault(String file, String fault) {
        super(file + ": " + fault);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
