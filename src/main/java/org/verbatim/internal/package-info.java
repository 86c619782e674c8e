/** Small helpers shared by several stages. Not API: anything here may change. */
package org.verbatim.internal;
