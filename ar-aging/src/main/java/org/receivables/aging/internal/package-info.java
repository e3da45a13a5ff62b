/**
 * Implementation details shared between the packages of the aging module; not exported, not API.
 * {@link org.receivables.aging.internal.AgingReportAccess} lets the bulk aging hand finished rows to
 * {@link org.receivables.aging.AgingReport} without the checks and copies of its public builder.
 */
package org.receivables.aging.internal;
