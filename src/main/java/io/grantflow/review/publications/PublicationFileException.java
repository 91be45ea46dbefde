package io.grantflow.review.publications;

/** A publication file that cannot be read, with where: "line 12" or "entry 3", for the person who sent it. */
public class PublicationFileException extends RuntimeException {

    private final String where;

    public PublicationFileException(String where, String problem) {
        super(where == null ? problem : where + ": " + problem);
        this.where = where;
    }

    /** "line 12", "entry 3", or null when the problem is the file as a whole. */
    public String where() {
        return where;
    }
}
