/*
 * The ofa4j instruction language: one line such as
 *   [IMAGE:img] which region does the text " [TEXT:cap] " describe? -> [BOX:region]
 *
 * Design (see InstructionParser for the full rules):
 *  - Plain text is lexed in the default mode; '[' switches to the SLOT mode, ']' switches back.
 *  - The parser is deliberately flat and lenient: a template is any number of sides separated by
 *    '->', a side is a flat run of elements. Arrow counting and repeat-group matching happen in
 *    the AST builder, so structural mistakes still give a tree and a precise diagnostic, and the
 *    parse stays LL(1) (linear in the input length, no deep recursion on nested parentheses).
 *  - '(' and ')' are ordinary tokens; a '(' becomes a repeat group only when the parenthesis
 *    that matches it is written ')*'. A '[' opens a bracket repeat group when the next non-blank
 *    character is '[' or '(' ('[[BOX] [TEXT]]*'); otherwise it opens a slot.
 */
parser grammar InstructionParser;

options { tokenVocab = InstructionLexer; }

instruction : template (ALT template)* EOF ;

template : side (ARROW side)* ;

side : element* ;

element
  : slot                                                    #slotElement
  | MARKER                                                  #markerElement
  | open=(LPAREN | GROUP_LBRACKET)                          #groupOpen
  | close=(RPAREN_STAR | RBRACKET_STAR | RPAREN | STRAY_RBRACKET) #groupClose
  | (TEXT | TEXT_CHAR)                                      #textElement
  ;

slot : LBRACKET slotBody? RBRACKET ;

slotBody : modality=IDENTIFIER (COLON name=IDENTIFIER?)? (COMMA attribute)* ;

attribute : key=IDENTIFIER (EQUALS value)? ;

value
  : IDENTIFIER       #identifierValue
  | NUMBER           #numberValue
  | STRING           #stringValue
  | UNCLOSED_STRING  #unclosedStringValue
  ;
