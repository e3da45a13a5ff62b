package org.receivables.core.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * A batch of payments in bulk form: per payment the index of the customer it comes from (an index of
 * the {@link OpenItemColumns} it will be allocated over), its currency and its amount in minor units,
 * in batch order; the input of {@link BulkAllocation}.
 *
 * <p>Per payment the columns hold 4 bytes of customer index, 1 byte of currency index and 8 bytes of
 * minor units. A customer may have any number of payments, in any currencies; they are applied in
 * batch order.
 *
 * <pre>
 *   PaymentColumns payments = PaymentColumns.builder()
 *       .addPayment(0, CurrencyUnit.EUR, 150_000L)     // customer 0 of the open-item columns pays EUR 1,500.00
 *       .addPayment(1, CurrencyUnit.USD, 2_500L)
 *       .build();
 *   payments.size();                                   // 2
 *   payments.amountMinor(0);                           // 150000
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentColumns {

    private static final int MAX_CURRENCIES = 256;

    private final int[] customer;
    private final byte[] currency;
    private final long[] amountMinor;
    private final CurrencyUnit[] currencies;

    private PaymentColumns(int[] customer, byte[] currency, long[] amountMinor, CurrencyUnit[] currencies) {
        this.customer = customer;
        this.currency = currency;
        this.amountMinor = amountMinor;
        this.currencies = currencies;
    }

    /**
     * Creates a builder that takes payments one at a time, in batch order.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(1024);
    }

    /**
     * Creates a builder sized for an expected number of payments, so the columns need not grow.
     *
     * @param expectedPayments the expected number of payments, zero or more
     * @return a new builder
     * @throws IllegalArgumentException if expectedPayments is negative or above {@link OpenItemColumns#MAX_ITEMS}
     */
    public static Builder builder(int expectedPayments) {
        if (expectedPayments < 0 || expectedPayments > OpenItemColumns.MAX_ITEMS) {
            throw new IllegalArgumentException("expectedPayments " + expectedPayments + " must be 0 to "
                    + OpenItemColumns.MAX_ITEMS);
        }
        return new Builder(Math.max(16, expectedPayments));
    }

    /**
     * Gets the number of payments.
     *
     * @return the number of payments, zero or more
     */
    public int size() {
        return amountMinor.length;
    }

    /**
     * Returns the customer index of a payment: an index of the open-item columns it is allocated over.
     *
     * @param payment the payment index, 0 to {@code size() - 1}
     * @return the customer index, zero or more
     * @throws IllegalArgumentException if the payment index is out of range
     */
    public int customerIndex(int payment) {
        checkPayment(payment);
        return customer[payment];
    }

    /**
     * Returns the currency of a payment.
     *
     * @param payment the payment index, 0 to {@code size() - 1}
     * @return the currency, not null
     * @throws IllegalArgumentException if the payment index is out of range
     */
    public CurrencyUnit getCurrency(int payment) {
        checkPayment(payment);
        return currencies[currency[payment] & 0xFF];
    }

    /**
     * Returns the amount of a payment in minor units of its currency.
     *
     * @param payment the payment index, 0 to {@code size() - 1}
     * @return the amount, positive
     * @throws IllegalArgumentException if the payment index is out of range
     */
    public long amountMinor(int payment) {
        checkPayment(payment);
        return amountMinor[payment];
    }

    /**
     * Gets the currencies of the payments, in order of first appearance.
     *
     * @return the currencies, unmodifiable, not null
     */
    public List<CurrencyUnit> getCurrencies() {
        return Collections.unmodifiableList(Arrays.asList(currencies.clone()));
    }

    /** The currency index of a payment into {@link #currencies}, without a range check (for the engine). */
    int currencyIndexUnchecked(int payment) {
        return currency[payment] & 0xFF;
    }

    int customerUnchecked(int payment) {
        return customer[payment];
    }

    long amountUnchecked(int payment) {
        return amountMinor[payment];
    }

    CurrencyUnit currencyAt(int currencyIndex) {
        return currencies[currencyIndex];
    }

    int currencyCount() {
        return currencies.length;
    }

    private void checkPayment(int payment) {
        if (payment < 0 || payment >= amountMinor.length) {
            throw outOfRange("payment", payment, "within 0 to ", (amountMinor.length - 1));
        }
    }

    /**
     * Returns a summary, such as {@code "PaymentColumns[payments=10000, currencies=[EUR, USD]]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PaymentColumns[payments=" + size() + ", currencies=" + Arrays.toString(currencies) + "]";
    }

    /**
     * Builds {@link PaymentColumns} one payment at a time, in batch order. Each add is checked before it
     * changes anything, so a refused payment leaves the builder as it was.
     *
     * <p>This class is <em>not</em> thread-safe: use one builder per thread.
     */
    public static final class Builder {

        private final List<CurrencyUnit> currencyUnits = new ArrayList<>();
        private int[] customer;
        private byte[] currency;
        private long[] amountMinor;
        private int size;
        private CurrencyUnit lastCurrency;
        private int lastCurrencyIndex = -1;

        Builder(int capacity) {
            customer = new int[capacity];
            currency = new byte[capacity];
            amountMinor = new long[capacity];
        }

        /**
         * Adds one payment.
         *
         * @param customerIndex the customer's index in the open-item columns the batch is allocated over,
         *        zero or more (checked against the columns by {@link BulkAllocation})
         * @param currencyUnit the currency of the payment, not null
         * @param amountMinor the amount in the currency's minor units, positive
         * @return this builder
         * @throws NullPointerException if currencyUnit is null
         * @throws IllegalArgumentException if customerIndex is negative, amountMinor is not positive, the payment
         *         would bring the 257th currency, or the columns are full
         */
        public Builder addPayment(int customerIndex, CurrencyUnit currencyUnit, long amountMinor) {
            Objects.requireNonNull(currencyUnit, "currencyUnit");
            if (customerIndex < 0) {
                throw new IllegalArgumentException("customerIndex " + customerIndex + " must be 0 or more");
            }
            if (amountMinor <= 0) {
                throw new IllegalArgumentException("amountMinor " + amountMinor + " must be positive for customer index "
                        + customerIndex);
            }
            if (size == OpenItemColumns.MAX_ITEMS) {
                throw new IllegalArgumentException("size " + size + " is the most payments the columns hold");
            }
            int cur = currencyIndex(currencyUnit);
            if (size == this.amountMinor.length) {
                int capacity = (int) Math.min(OpenItemColumns.MAX_ITEMS, size * 2L);
                customer = Arrays.copyOf(customer, capacity);
                currency = Arrays.copyOf(currency, capacity);
                this.amountMinor = Arrays.copyOf(this.amountMinor, capacity);
            }
            if (cur == currencyUnits.size()) {
                currencyUnits.add(currencyUnit);
            }
            lastCurrency = currencyUnit;
            lastCurrencyIndex = cur;
            customer[size] = customerIndex;
            currency[size] = (byte) cur;
            this.amountMinor[size] = amountMinor;
            size++;
            return this;
        }

        /**
         * Builds the columns of every payment added so far; the builder may be used further.
         *
         * @return the columns, not null
         */
        public PaymentColumns build() {
            return new PaymentColumns(Arrays.copyOf(customer, size), Arrays.copyOf(currency, size),
                    Arrays.copyOf(amountMinor, size), currencyUnits.toArray(new CurrencyUnit[0]));
        }

        /** The index the currency has or would get; checks the limit without changing anything. */
        private int currencyIndex(CurrencyUnit unit) {
            if (unit.equals(lastCurrency)) {
                return lastCurrencyIndex;
            }
            int index = currencyUnits.indexOf(unit);
            if (index >= 0) {
                return index;
            }
            if (currencyUnits.size() == MAX_CURRENCIES) {
                throw new IllegalArgumentException("currency " + unit + " would be currency number "
                        + (MAX_CURRENCIES + 1) + "; the columns hold at most " + MAX_CURRENCIES);
            }
            return currencyUnits.size();
        }
    }

    /**
     * The error for an index out of range, built apart from the checks so that the per-item accessors
     * stay a few bytes of code, which the JIT inlines into every loop that calls them.
     */
    private static IllegalArgumentException outOfRange(String name, int value, String range, long last) {
        return new IllegalArgumentException(name + " " + value + " must be " + range + last);
    }
}
