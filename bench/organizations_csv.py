#!/usr/bin/env python3
"""Writes a registry of N organisations as CSV for the import benchmark: usage organizations_csv.py FILE N
"MUNICIPALITY|MUNICIPALITY|…". Names, valid unique ИНН and ОГРН, addresses, areas, contacts; the same file for the
same N."""
import csv
import random
import sys

FORMS = ['Автономная некоммерческая организация', 'Региональная общественная организация',
         'Местная общественная организация', 'Благотворительный фонд', 'Ассоциация', 'Некоммерческое партнёрство']
WORDS = ['поддержки семей', 'помощи детям', 'развития спорта', 'ветеранов', 'содействия образованию',
         'защиты животных', 'сохранения наследия', 'поддержки людей с инвалидностью', 'молодёжных инициатив',
         'экологического просвещения', 'развития туризма', 'добровольцев']
QUOTES = ['Надежда', 'Доброе дело', 'Открытый мир', 'Родные люди', 'Вместе', 'Рассвет', 'Шанс', 'Исток',
          'Берег', 'Парус', 'Крылья', 'Свет']
# as the directory names them (or the start of the name): the import refuses an area it does not know
AREAS = ['Социальная поддержка', 'Образование', 'Культура', 'Физическая культура и спорт', 'Охрана окружающей среды',
         'Поддержка молодёжи', 'Поддержка семьи', 'Поддержка ветеранов']


def inn(nine):
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(w * int(d) for w, d in zip(weights, nine)) % 11 % 10)


def ogrn(twelve):
    return twelve + str(int(twelve) % 11 % 10)


def main():
    path, count, municipalities = sys.argv[1], int(sys.argv[2]), sys.argv[3].split('|')
    random.seed(count)
    with open(path, 'w', newline='', encoding='utf-8') as f:
        out = csv.writer(f, delimiter=';')
        out.writerow(['Полное наименование', 'Сокращённое наименование', 'ИНН', 'ОГРН', 'Дата регистрации',
                      'Адрес', 'Муниципальное образование', 'Направления деятельности', 'СО НКО', 'Сайт',
                      'Электронная почта', 'Телефон', 'Руководитель', 'Описание'])
        for i in range(count):
            # 99 and 98 are no region's codes: these never collide with the demo's or the generated ones
            nine = '99%07d' % i
            twelve = '10299%07d' % i
            form = FORMS[i % len(FORMS)]
            quote = QUOTES[(i // len(FORMS)) % len(QUOTES)]
            words = WORDS[(i // 7) % len(WORDS)]
            municipality = municipalities[i % len(municipalities)]
            out.writerow([
                '%s %s «%s» № %d' % (form, words, quote, i + 1), '«%s» № %d' % (quote, i + 1), inn(nine), ogrn(twelve),
                '%02d.%02d.%d' % (1 + i % 28, 1 + i % 12, 1995 + i % 30),
                '188%03d, Ленинградская область, г. Город, ул. Садовая, д. %d' % (i % 1000, 1 + i % 90), municipality,
                '; '.join(random.sample(AREAS, 2)), 'да' if i % 3 else 'нет',
                'https://nko%d.example.ru' % i if i % 2 else '', 'info%d@nko.example.ru' % i if i % 4 else '',
                '+7 (813) 2%02d-%02d-%02d' % (i % 100, (i // 100) % 100, (i // 10000) % 100),
                'Иванова Мария Сергеевна', 'Помогает жителям района: консультации, праздники, добровольческие акции.'])


if __name__ == '__main__':
    main()
