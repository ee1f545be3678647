# The certificate card reader's parsers of outside bytes: BER-TLV, and every card answer in
# the PIV conversation (APDU responses, the certificate object, its DER, the signature).
if(TARGET kiosk_pcsc)
  kiosk_fuzz_target(pcsc_tlv_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/pcsc_tlv_fuzz.cpp
    LIBS kiosk::pcsc)
  kiosk_fuzz_target(pcsc_card_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/pcsc_card_fuzz.cpp
    LIBS kiosk::pcsc)
endif()
