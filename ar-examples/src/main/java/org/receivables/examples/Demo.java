package org.receivables.examples;

/** The demo (placeholder until the terms land). */
public final class Demo {
    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("Receivables demo");
    }
}
