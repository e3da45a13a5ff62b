package org.receivables.examples;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a CSV input file: the file, the line (1 is the header), the column and why.
 *
 * <pre>
 *   CsvProblem.of("invoices.csv", 12, "amount", "EUR 12.345 has 3 decimals; EUR has 2").toString();
 *   // "invoices.csv line 12, column amount: EUR 12.345 has 3 decimals; EUR has 2"
 *   CsvProblem.ofFile("payments.csv", "required file is missing").toString();
 *   // "payments.csv: required file is missing"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvProblem {

    private final String file;
    private final long line;
    private final String column;
    private final String reason;

    private CsvProblem(String file, long line, String column, String reason) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Obtains a problem in one field, or in a whole row when {@code column} is null.
     *
     * @param file the file name, not null
     * @param line the line, 1 for the header
     * @param column the column name, null for the whole row
     * @param reason what is wrong, not null
     * @return the problem
     * @throws NullPointerException if file or reason is null
     */
    public static CsvProblem of(String file, long line, String column, String reason) {
        return new CsvProblem(file, line, column, reason);
    }

    /**
     * Obtains a problem with a whole file (missing, unreadable).
     *
     * @param file the file name, not null
     * @param reason what is wrong, not null
     * @return the problem, with line 0 and no column
     * @throws NullPointerException if an argument is null
     */
    public static CsvProblem ofFile(String file, String reason) {
        return new CsvProblem(file, 0, null, reason);
    }

    /** @return the file name, such as {@code invoices.csv} */
    public String getFile() {
        return file;
    }

    /** @return the line number, 1 for the header, 0 for a problem with the whole file */
    public long getLine() {
        return line;
    }

    /** @return the column name, or empty for a problem with a whole row or file */
    public Optional<String> getColumn() {
        return Optional.ofNullable(column);
    }

    /** @return why the input is refused */
    public String getReason() {
        return reason;
    }

    /** @return {@code "<file> line <n>, column <name>: <reason>"}, shorter when there is no line or column */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(" line ").append(line);
            if (column != null) {
                b.append(", column ").append(column);
            }
        }
        return b.append(": ").append(reason).toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CsvProblem)) {
            return false;
        }
        CsvProblem o = (CsvProblem) obj;
        return file.equals(o.file) && line == o.line && Objects.equals(column, o.column) && reason.equals(o.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, reason);
    }
}
