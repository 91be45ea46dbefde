/**
 * The funder's retention rule, applied every night: a case whose programme's {@code retentionYears} have passed since
 * it ended is deleted from the product's own tables (rows, documents, message bodies), and only anonymised counts of it
 * stay, which the dashboard adds to its figures. See docs/retention.md.
 */
package io.grantflow.retention;
