/**
 * What the funder holds about a person, given to that person: every row of the product's own tables that names him
 * or her (or an application of his or hers), and the documents, in one ZIP file.
 */
package io.grantflow.privacy;
