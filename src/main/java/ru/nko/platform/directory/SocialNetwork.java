package ru.nko.platform.directory;

/** Where an organisation keeps a public page or group. */
public enum SocialNetwork {

	VK, TELEGRAM, ODNOKLASSNIKI, RUTUBE, DZEN, OTHER

}
