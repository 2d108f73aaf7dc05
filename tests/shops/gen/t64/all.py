import sys; sys.path.insert(0,'/tmp/t64/gen')
from g10 import *
fs=[amazon,myob,faire,ebay,magento,presta,etsy,zoho,netsuite,wix,de_utf16,fr_excel,it_excel,nl_excel,es_excel,epoch_ms,iso_off,lsr,pg,mysql,sqsp,vat_incl,concat,mainframe,square,bc,pl,bigc,intacct,zbooks,us_utf16,paypal]
for f in fs:
    print(f.__name__, f().replace('\n',' '))
