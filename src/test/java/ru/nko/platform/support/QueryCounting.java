package ru.nko.platform.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each thread runs, so tests can assert that a page's queries
 * do not grow with its rows.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
				}
				return bean;
			}
		};
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

	/** Statements run by this thread since the last {@link #reset()}. */
	public static long count() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
