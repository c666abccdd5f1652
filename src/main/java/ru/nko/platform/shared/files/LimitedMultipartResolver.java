package ru.nko.platform.shared.files;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The servlet container's multipart parsing with each address's own limit
 * ({@link UploadLimits}) on top of the container's ceiling. Always lazy: the parts are
 * read when the controller asks for them, so that an upload over the limit meets the
 * controller's advice (a Russian problem or page) instead of failing again on the error
 * dispatch with an empty answer.
 */
@Component(DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
class LimitedMultipartResolver extends StandardServletMultipartResolver {

	private final UploadLimits limits;

	LimitedMultipartResolver(UploadLimits limits) {
		this.limits = limits;
	}

	@Override
	public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
		UploadLimits limits = this.limits;
		return new StandardMultipartHttpServletRequest(request, true) {

			@Override
			protected void initializeMultipart() {
				limits.checkAnnounced(request);
				super.initializeMultipart();
				limits.check(request, getMultipartFiles().values().stream().flatMap(List::stream)::iterator);
			}

		};
	}

}
