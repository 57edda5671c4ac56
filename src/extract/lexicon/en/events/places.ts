/**
 * A small gazetteer: names that are places. A place named as the subject of a clause acts
 * ("Belarus has announced ...") and is an actor there; elsewhere it is where the event happens.
 * Names are comma-separated; the finder matches whole names, longest first.
 */
export const COUNTRIES =
  'Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahamas, ' +
  'Bahrain, Bangladesh, Barbados, Belarus, Belarusia, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia, ' +
  'Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burma, Burundi, Cambodia, Cameroon, ' +
  'Canada, Cape Verde, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, Cyprus, Czechia, ' +
  'Czech Republic, Denmark, Djibouti, Dominica, Dominican Republic, East Timor, Ecuador, Egypt, El Salvador, ' +
  'Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, ' +
  'Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India, ' +
  'Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, ' +
  'Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, ' +
  'Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, ' +
  'Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nauru, Nepal, Netherlands, New Zealand, Nicaragua, ' +
  'Niger, Nigeria, North Korea, North Macedonia, Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama, ' +
  'Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Samoa, ' +
  'San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Somalia, ' +
  'South Africa, South Korea, Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, ' +
  'Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey, Turkmenistan, Tuvalu, ' +
  'Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom, UK, U.K., Britain, Great Britain, England, Scotland, ' +
  'Wales, Northern Ireland, United States, United States of America, US, U.S., USA, U.S.A., America, Uruguay, ' +
  'Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Soviet Union, USSR, Yugoslavia';

export const REGIONS =
  'Europe, Asia, Africa, North America, South America, Latin America, Middle East, Central Asia, Eastern Europe, ' +
  'Western Europe, Balkans, Baltics, Caucasus, Scandinavia, Siberia, Crimea, Crimean Peninsula, Donbas, Donbass, ' +
  'Donetsk, Luhansk, Kashmir, Tibet, Xinjiang, Hong Kong, Macau, Gaza, Gaza Strip, West Bank, Kurdistan, Chechnya, ' +
  'Dagestan, Transnistria, Abkhazia, South Ossetia, Kaliningrad, Arctic, Antarctica, Pacific, Atlantic, ' +
  'Mediterranean, Black Sea, Baltic Sea, Persian Gulf, Alabama, Alaska, Arizona, Arkansas, California, Colorado, ' +
  'Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, ' +
  'Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, ' +
  'New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, ' +
  'Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington State, ' +
  'West Virginia, Wisconsin, Wyoming, Ontario, Quebec, British Columbia, Bavaria, Catalonia, Silicon Valley';

export const CITIES =
  'Moscow, Minsk, Kyiv, Kiev, St. Petersburg, Saint Petersburg, Warsaw, Vilnius, Riga, Tallinn, Berlin, Paris, ' +
  'London, Brussels, Amsterdam, The Hague, Madrid, Barcelona, Lisbon, Rome, Milan, Vienna, Prague, Budapest, ' +
  'Bucharest, Sofia, Belgrade, Zagreb, Athens, Istanbul, Ankara, Tbilisi, Yerevan, Baku, Astana, Almaty, Tashkent, ' +
  'Bishkek, Dushanbe, Ashgabat, Kabul, Tehran, Baghdad, Damascus, Beirut, Amman, Jerusalem, Tel Aviv, Cairo, ' +
  'Riyadh, Doha, Dubai, Abu Dhabi, Beijing, Shanghai, Tokyo, Seoul, Pyongyang, Taipei, Hanoi, Bangkok, Manila, ' +
  'Jakarta, Delhi, New Delhi, Mumbai, Islamabad, Karachi, Dhaka, Sydney, Melbourne, Canberra, Washington, ' +
  'New York City, Los Angeles, San Francisco, Chicago, Boston, Seattle, Houston, Miami, Atlanta, Cupertino, ' +
  'Ottawa, Toronto, Montreal, Vancouver, Mexico City, Havana, Caracas, Bogota, Lima, Santiago, Buenos Aires, ' +
  'Brasilia, Rio de Janeiro, Sao Paulo, Nairobi, Dar es Salaam, Dar-es-Salaam, Mombasa, Kampala, Lagos, Johannesburg, Cape Town, Addis Ababa, Khartoum, Geneva, ' +
  'Zurich, Stockholm, Oslo, Copenhagen, Helsinki, Dublin, Edinburgh, Munich, Frankfurt, Hamburg, Soest, Gomel, ' +
  'Grodno, Brest, Vitebsk, Mogilev, Smolensk, Pskov, Kazan, Novosibirsk, Yekaterinburg, Sochi, Sevastopol, ' +
  'Odesa, Odessa, Kharkiv, Lviv, Mariupol, Bakhmut, Kherson, Zaporizhzhia, Belgorod, Kursk, Bryansk, Rostov, ' +
  // larger cities of the English-language press (none also a common first name or word: not
  // Reading, Nice, Austin, Jackson, Charlotte, Phoenix)
  'Manchester, Birmingham, Leeds, Liverpool, Glasgow, Bristol, Sheffield, Newcastle, Cardiff, Belfast, York, ' +
  'Philadelphia, Dallas, Denver, Detroit, Baltimore, Pittsburgh, Cleveland, Minneapolis, New Orleans, San Diego, ' +
  'Las Vegas, Sacramento, Honolulu, Milwaukee, Cincinnati, Newark, Brooklyn, Manhattan, Calgary, Edmonton, ' +
  'Winnipeg, Auckland, Brisbane, Adelaide, Perth, Kolkata, Chennai, Bangalore, Bengaluru, Hyderabad, Lahore, ' +
  'Kathmandu, Colombo, Yangon, Kuala Lumpur, Ho Chi Minh City, Osaka, Guangzhou, Shenzhen, Wuhan, Lyon, ' +
  'Marseille, Cologne, Stuttgart, Dresden, Leipzig, Naples, Turin, Venice, Florence, Seville, Valencia, Porto, ' +
  'Rotterdam, Antwerp, Krakow, Gdansk, Algiers, Tunis, Tripoli, Benghazi, Casablanca, Rabat, Dakar, Accra, ' +
  'Abuja, Kinshasa, Harare, Lusaka, Durban, Pretoria, Mogadishu, Kigali, Aleppo, Mosul, Basra, Kandahar, ' +
  'Ramallah, Haifa, Mecca, Jeddah, Sanaa';

/**
 * US states after a city's comma as the press abbreviates them, each without its final period
 * ("Boulder, Colo.", "Newark, N.J.", "Washington, D.C."): AP style's, and the "Me." and "Tex."
 * of older copy, which AP style writes whole. One list for the tagger's datelines
 * ("BIRMINGHAM, Ala. -") and the names and titles ("a Buffalo, N.Y., doctor").
 */
export const US_STATE_ABBREVIATIONS =
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Me Mass Mich Minn Miss Mo Mont Neb ' +
  'Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo D.C N.H N.J N.M N.Y N.C N.D R.I S.C S.D W.Va';

/** The states AP style never abbreviates after a city ("DUBLIN, Ohio -"). */
export const US_STATES_WRITTEN_WHOLE = 'Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah';

/** US_STATE_ABBREVIATIONS as a pattern's alternatives, periods escaped ("Ala", "N\.H"). */
export const US_STATE_ABBREVIATION = US_STATE_ABBREVIATIONS.split(' ')
  .map((state) => state.replaceAll('.', String.raw`\.`))
  .join('|');

/**
 * Adjectives of nationality: they modify a name ("Belarusian Foreign Minister") and are not
 * actors or places by themselves. "demonym=country" pairs, comma-separated.
 */
export const DEMONYMS =
  'Afghan=Afghanistan, Albanian=Albania, Algerian=Algeria, American=United States, ' +
  'Argentine=Argentina, Armenian=Armenia, Australian=Australia, Austrian=Austria, ' +
  'Azerbaijani=Azerbaijan, Belarusian=Belarus, Belorussian=Belarus, Byelorussian=Belarus, ' +
  'Belgian=Belgium, Brazilian=Brazil, British=United Kingdom, Bulgarian=Bulgaria, Canadian=Canada, ' +
  'Chinese=China, Croatian=Croatia, Cuban=Cuba, Czech=Czechia, Danish=Denmark, Dutch=Netherlands, ' +
  'Egyptian=Egypt, English=England, Estonian=Estonia, European=Europe, Finnish=Finland, French=France, ' +
  'Georgian=Georgia, German=Germany, Greek=Greece, Hungarian=Hungary, Indian=India, Iranian=Iran, ' +
  'Iraqi=Iraq, Irish=Ireland, Israeli=Israel, Italian=Italy, Japanese=Japan, Kazakh=Kazakhstan, ' +
  'Korean=Korea, Kyrgyz=Kyrgyzstan, Latvian=Latvia, Lithuanian=Lithuania, Mexican=Mexico, ' +
  'Moldovan=Moldova, Norwegian=Norway, Pakistani=Pakistan, Palestinian=Palestine, Polish=Poland, ' +
  'Portuguese=Portugal, Romanian=Romania, Russian=Russia, Saudi=Saudi Arabia, Scottish=Scotland, ' +
  'Serbian=Serbia, Slovak=Slovakia, Soviet=Soviet Union, Spanish=Spain, Swedish=Sweden, ' +
  'Swiss=Switzerland, Syrian=Syria, Tajik=Tajikistan, Turkish=Turkey, Turkmen=Turkmenistan, ' +
  'Ukrainian=Ukraine, Uzbek=Uzbekistan, Venezuelan=Venezuela, Vietnamese=Vietnam, Welsh=Wales, ' +
  'Western=West, Eastern=East, East European=Europe, Bolshevik=Russia, Communist=Communism, ' +
  'Crimean=Crimea, African=Africa, South African=South Africa, East African=East Africa, ' +
  'Asian=Asia, Kenyan=Kenya, Tanzanian=Tanzania, Ugandan=Uganda, Rwandan=Rwanda, ' +
  'Ethiopian=Ethiopia, Somali=Somalia, Sudanese=Sudan, Libyan=Libya, Tunisian=Tunisia, ' +
  'Moroccan=Morocco, Nigerian=Nigeria, Ghanaian=Ghana, Senegalese=Senegal, Congolese=Congo, ' +
  'Zimbabwean=Zimbabwe, Lebanese=Lebanon, Jordanian=Jordan, Yemeni=Yemen, Kuwaiti=Kuwait, ' +
  'Qatari=Qatar, Omani=Oman, Bahraini=Bahrain, Emirati=United Arab Emirates, ' +
  'Bangladeshi=Bangladesh, Indonesian=Indonesia, Malaysian=Malaysia, Thai=Thailand, ' +
  'Philippine=Philippines, Filipino=Philippines, Taiwanese=Taiwan, Mongolian=Mongolia, ' +
  'Cambodian=Cambodia, Nepalese=Nepal, Chilean=Chile, Peruvian=Peru, Colombian=Colombia, ' +
  'Bolivian=Bolivia, Ecuadorian=Ecuador, Uruguayan=Uruguay, Paraguayan=Paraguay, Haitian=Haiti, ' +
  'Jamaican=Jamaica, Nicaraguan=Nicaragua, Salvadoran=El Salvador, Guatemalan=Guatemala, ' +
  'Honduran=Honduras, Panamanian=Panama, Bosnian=Bosnia, Slovenian=Slovenia, Cypriot=Cyprus, ' +
  'Icelandic=Iceland, North Korean=North Korea, South Korean=South Korea, ' +
  // (peoples named by one of them, whose plural a number may count: "Four Britons were detained")
  'Briton=United Kingdom, Scot=Scotland, Englishman=England, Spaniard=Spain, Swede=Sweden, ' +
  'Dane=Denmark, Turk=Turkey, Serb=Serbia, Croat=Croatia, Londoner=London, Parisian=Paris, ' +
  'Muscovite=Moscow, ' +
  // (the people of a U.S. state: "Three Texans were arrested")
  'Texan=Texas, Californian=California, Floridian=Florida, Alaskan=Alaska, Hawaiian=Hawaii, ' +
  'Arizonan=Arizona, Coloradan=Colorado, Ohioan=Ohio, Virginian=Virginia, Louisianan=Louisiana, ' +
  'Kentuckian=Kentucky, Minnesotan=Minnesota, Iowan=Iowa, Kansan=Kansas, Nevadan=Nevada, ' +
  'Utahn=Utah, Vermonter=Vermont, Michigander=Michigan, Oklahoman=Oklahoma, ' +
  'Nebraskan=Nebraska, Montanan=Montana, Alabamian=Alabama, Mississippian=Mississippi, ' +
  'Missourian=Missouri, Pennsylvanian=Pennsylvania, Carolinian=Carolina, Dakotan=Dakota';
