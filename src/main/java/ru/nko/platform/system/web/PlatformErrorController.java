package ru.nko.platform.system.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error dispatch, where refusals end that no controller answered (a wrong method, an
 * unacceptable format, an unknown address, an upload over the limit): a Russian problem
 * for the API, whatever the client accepts, and the Russian error pages for everything
 * else.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class PlatformErrorController extends BasicErrorController {

	private final ApiProblems problems;

	PlatformErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers, ApiProblems problems) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
		this.problems = problems;
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		if (ApiProblems.isApi(request)) {
			try {
				this.problems.write(response, this.problems.of(status));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		}
		ModelAndView page = super.errorHtml(request, response);
		if (status == HttpStatus.CONTENT_TOO_LARGE && page != null) {
			page.addObject("message", this.problems.detail(status));
		}
		return page;
	}

	/**
	 * Any other client: the problem with its content type set, so that even an
	 * unacceptable Accept gets it.
	 */
	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!ApiProblems.isApi(request)) {
			return super.error(request);
		}
		HttpStatus status = getStatus(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(this.problems.asMap(this.problems.of(status)));
	}

}
