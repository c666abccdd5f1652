package ru.nko.platform.shared.files;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose announced length is over its address's limit before anything
 * reads its body (the security filters read a form's token from it): the Russian 413 page
 * or problem, without the server spooling hundreds of megabytes first.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	private final UploadLimits limits;

	UploadLimitFilter(UploadLimits limits) {
		this.limits = limits;
	}

	/** Before the security filters, after the character encoding. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 100;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
				&& this.limits.announcedOverLimit(request)) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
