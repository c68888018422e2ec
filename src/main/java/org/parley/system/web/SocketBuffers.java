package org.parley.system.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes a response to the socket through a buffer of 8 KB per connection, so a
 * stored 139 KB comparison took 17 writes; with 64 KB it takes 3, and a stored page is
 * served about a quarter faster (docs/performance.md). The buffer is per open connection
 * (Tomcat keeps those of up to 500 idle ones), a few megabytes at the loads measured.
 */
@Configuration(proxyBeanMethods = false)
class SocketBuffers {

	static final int WRITE_BUFFER_BYTES = 64 * 1024;

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer() {
		return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES));
	}

}
