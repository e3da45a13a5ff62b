/** Implementation helpers of the core module; not exported, not API. */
package org.receivables.core.internal;
