/** The C-STORE gateway: listener, AE access control, instance store, the {@code StoreHandler} port. */
package org.fxtriage.gateway;
