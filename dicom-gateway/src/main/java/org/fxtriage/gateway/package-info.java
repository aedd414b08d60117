/**
 * The C-STORE gateway. {@link org.fxtriage.gateway.GatewayServer#start} runs a C-ECHO / C-STORE SCP
 * configured by {@link org.fxtriage.gateway.GatewayConfig}, admits associations by
 * {@link org.fxtriage.gateway.AccessControl} (called AE, calling-AE and IP allow-lists, SOP classes,
 * transfer syntaxes), and stores instances with {@link org.fxtriage.gateway.InstanceStore} (stream to
 * tmp/, validate, fsync, atomic rename) before handing them to the
 * {@link org.fxtriage.gateway.StoreHandler} port; success is answered only after the handler recorded
 * the instance. {@link org.fxtriage.gateway.GatewayMain} is the stand-alone entry point with a
 * {@link org.fxtriage.gateway.JournalStoreHandler}. {@link org.fxtriage.gateway.Part10DatasetSource} sends a
 * stored Part 10 file with the C-STORE SCU (verbatim, or re-encoded when its encoding is invalid on the wire).
 */
package org.fxtriage.gateway;
