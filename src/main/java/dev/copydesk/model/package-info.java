/**
 * The events that travel between stages, as immutable records. Each has a JSON Schema under
 * {@code src/main/resources/schemas/} and its fields are documented in README.md.
 */
package dev.copydesk.model;
